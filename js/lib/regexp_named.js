// regexp_named: RegExp.prototype[Symbol.replace] for a pattern with named
// groups, as ECMA-262 has it (goja's knows neither $<name> in the
// replacement nor the groups argument of a replacer function). The native
// in js/regexpglobals.go compiles this file on the first such replace and
// calls replace with its this; every other pattern keeps goja's own.
'use strict';

// advance is AdvanceStringIndex: past a surrogate pair with the u flag.
function advance(s, index, unicode) {
  if (!unicode || index + 1 >= s.length) return index + 1;
  const c = s.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = s.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}

// substitution is GetSubstitution.
function substitution(matched, s, position, captures, groups, replacement) {
  const m = captures.length;
  const tail = position + matched.length;
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c !== '$' || i + 1 === replacement.length) {
      out += c;
      continue;
    }
    const n = replacement[i + 1];
    if (n === '$') {
      out += '$';
      i++;
    } else if (n === '&') {
      out += matched;
      i++;
    } else if (n === '`') {
      out += s.slice(0, position);
      i++;
    } else if (n === "'") {
      if (tail < s.length) out += s.slice(tail);
      i++;
    } else if (n >= '0' && n <= '9') {
      let digits = 1;
      let index = Number(n);
      const n2 = replacement[i + 2];
      if (n2 >= '0' && n2 <= '9' && index * 10 + Number(n2) >= 1 && index * 10 + Number(n2) <= m) {
        index = index * 10 + Number(n2);
        digits = 2;
      }
      if (index >= 1 && index <= m) {
        const v = captures[index - 1];
        if (v !== undefined) out += v;
        i += digits;
      } else {
        out += '$';
      }
    } else if (n === '<') {
      const close = groups === undefined ? -1 : replacement.indexOf('>', i + 2);
      if (close < 0) {
        out += '$<';
        i++;
      } else {
        const v = groups[replacement.slice(i + 2, close)];
        if (v !== undefined) out += String(v);
        i = close;
      }
    } else {
      out += '$';
    }
  }
  return out;
}

exports.replace = function replace(string, replaceValue) {
  const rx = this;
  const s = String(string);
  const functional = typeof replaceValue === 'function';
  if (!functional) replaceValue = String(replaceValue);
  const flags = String(rx.flags);
  const global = flags.includes('g');
  const unicode = flags.includes('u') || flags.includes('v');
  if (global) rx.lastIndex = 0;
  const results = [];
  for (;;) {
    const result = rx.exec(s);
    if (result === null) break;
    results.push(result);
    if (!global) break;
    if (String(result[0]) === '') {
      rx.lastIndex = advance(s, Number(rx.lastIndex) || 0, unicode);
    }
  }
  let out = '';
  let next = 0;
  for (const result of results) {
    const matched = String(result[0]);
    const n = Math.max((result.length >>> 0) - 1, 0);
    let position = Math.trunc(Number(result.index)) || 0;
    position = Math.max(Math.min(position, s.length), 0);
    const captures = [];
    for (let k = 1; k <= n; k++) {
      const c = result[k];
      captures.push(c === undefined ? undefined : String(c));
    }
    let groups = result.groups;
    let replacement;
    if (functional) {
      const args = [matched, ...captures, position, s];
      if (groups !== undefined) args.push(groups);
      replacement = String(replaceValue(...args));
    } else {
      if (groups !== undefined) groups = Object(groups);
      replacement = substitution(matched, s, position, captures, groups, replaceValue);
    }
    if (position >= next) {
      out += s.slice(next, position) + replacement;
      next = position + matched.length;
    }
  }
  return next >= s.length ? out : out + s.slice(next);
};
