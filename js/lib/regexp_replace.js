// regexp_replace: RegExp.prototype[Symbol.replace] for patterns with named
// groups (js/regexp_groups.go calls it; goja's own replace serves the
// rest). It is the spec's algorithm: matches come from exec, which carries
// groups, so a replacement string can say $<name> and a replacement
// function gets the groups object as its last argument.
'use strict';

function advance(s, i, unicode) {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

// substitute is the spec's GetSubstitution.
function substitute(matched, str, position, captures, groups, template) {
  let out = '';
  const m = captures.length;
  const tail = position + matched.length;
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c !== '$' || i + 1 >= template.length) { out += c; continue; }
    const n = template[i + 1];
    if (n === '$') { out += '$'; i++; continue; }
    if (n === '&') { out += matched; i++; continue; }
    if (n === '`') { out += str.slice(0, position); i++; continue; }
    if (n === "'") { out += tail < str.length ? str.slice(tail) : ''; i++; continue; }
    if (n >= '0' && n <= '9') {
      const two = template[i + 2];
      if (two !== undefined && two >= '0' && two <= '9') {
        const k = Number(n + two);
        if (k >= 1 && k <= m) {
          const v = captures[k - 1];
          out += v === undefined ? '' : v;
          i += 2;
          continue;
        }
      }
      const k = Number(n);
      if (k >= 1 && k <= m) {
        const v = captures[k - 1];
        out += v === undefined ? '' : v;
        i++;
        continue;
      }
      out += '$';
      continue;
    }
    if (n === '<') {
      const close = groups === undefined ? -1 : template.indexOf('>', i + 2);
      if (close < 0) { out += '$<'; i++; continue; }
      const v = groups[template.slice(i + 2, close)];
      out += v === undefined ? '' : String(v);
      i = close;
      continue;
    }
    out += '$';
  }
  return out;
}

module.exports = function replace(string, replaceValue) {
  const rx = this;
  if (rx === null || (typeof rx !== 'object' && typeof rx !== 'function')) {
    throw new TypeError('RegExp.prototype[Symbol.replace] called on incompatible receiver ' + String(rx));
  }
  const str = String(string);
  const functional = typeof replaceValue === 'function';
  if (!functional) replaceValue = String(replaceValue);
  const flags = String(rx.flags);
  const global = flags.includes('g');
  let unicode = false;
  if (global) {
    unicode = flags.includes('u') || flags.includes('v');
    rx.lastIndex = 0;
  }
  const results = [];
  for (;;) {
    const result = rx.exec(str);
    if (result === null) break;
    results.push(result);
    if (!global) break;
    if (String(result[0]) === '') {
      rx.lastIndex = advance(str, Math.min(Math.max(Math.trunc(Number(rx.lastIndex)) || 0, 0), Number.MAX_SAFE_INTEGER), unicode);
    }
  }
  let acc = '';
  let next = 0;
  for (const result of results) {
    const nCaptures = Math.max(Number(result.length) - 1, 0);
    const matched = String(result[0]);
    const position = Math.max(Math.min(Math.trunc(Number(result.index)) || 0, str.length), 0);
    const captures = [];
    for (let n = 1; n <= nCaptures; n++) {
      const c = result[n];
      captures.push(c === undefined ? undefined : String(c));
    }
    let groups = result.groups;
    let replacement;
    if (functional) {
      const args = [matched, ...captures, position, str];
      if (groups !== undefined) args.push(groups);
      replacement = String(replaceValue(...args));
    } else {
      if (groups !== undefined) groups = Object(groups);
      replacement = substitute(matched, str, position, captures, groups, replaceValue);
    }
    if (position >= next) {
      acc += str.slice(next, position) + replacement;
      next = position + matched.length;
    }
  }
  return next >= str.length ? acc : acc + str.slice(next);
};
