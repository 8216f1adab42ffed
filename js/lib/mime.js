// mime: util.MIMEType and util.MIMEParams, the WHATWG MIME Sniffing
// standard's "parse a MIME type" and its serializer, with node 20's errors
// (ERR_INVALID_MIME_SYNTAX naming the production, the string and, when a
// character is at fault, its index). Loaded by internal.lib('mime.js')
// on first use of either class.
'use strict';

const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_QUOTED = /[^\t\u0020-~\u0080-\u00FF]/;
const WHITESPACE = '\t\n\r ';

function syntaxError(production, str, index) {
  return internal.codedError(TypeError, 'ERR_INVALID_MIME_SYNTAX',
    'The MIME syntax for a ' + production + ' in "' + str + '" is invalid' + (index !== -1 ? ' at ' + index : ''));
}

// token(production, s): s lower-cased, if it is a non-empty HTTP token.
function token(production, s, whole) {
  const bad = s.search(NOT_TOKEN);
  if (s === '' || bad !== -1) throw syntaxError(production, whole === undefined ? s : whole, bad);
  return s.toLowerCase();
}

function trimEnd(s) {
  let end = s.length;
  while (end > 0 && WHITESPACE.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

// serializeValue quotes a value that is empty or not a token, escaping
// '"' and '\'.
function serializeValue(v) {
  if (v === '') return '""';
  if (v.search(NOT_TOKEN) === -1) return v;
  return '"' + v.replace(/["\\]/g, '\\$&') + '"';
}

const paramsData = new WeakMap();
function dataOf(params) {
  const d = paramsData.get(params);
  if (d === undefined) throw new TypeError('Receiver is not a MIMEParams');
  return d;
}

class MIMEParams {
  constructor() {
    paramsData.set(this, new Map());
  }
  delete(name) { dataOf(this).delete(`${name}`); }
  get(name) {
    const v = dataOf(this).get(`${name}`);
    return v === undefined ? null : v;
  }
  has(name) { return dataOf(this).has(`${name}`); }
  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = name.search(NOT_TOKEN);
    if (name === '' || badName !== -1) throw syntaxError('parameter name', name, badName);
    const badValue = value.search(NOT_QUOTED);
    if (badValue !== -1) throw syntaxError('parameter value', value, badValue);
    dataOf(this).set(name, value);
  }
  keys() { return dataOf(this).keys(); }
  values() { return dataOf(this).values(); }
  entries() { return dataOf(this).entries(); }
  [Symbol.iterator]() { return dataOf(this).entries(); }
  toString() {
    let out = '';
    for (const [k, v] of dataOf(this)) out += (out ? ';' : '') + k + '=' + serializeValue(v);
    return out;
  }
  toJSON() { return this.toString(); }
}

// quotedValue reads a quoted string's value from s at i (just past the
// opening '"'): backslash escapes one character, the value ends at the
// closing '"' or the end. Returns [value, index after it].
function quotedValue(s, i) {
  let v = '';
  while (i < s.length) {
    const c = s[i++];
    if (c === '"') break;
    if (c === '\\') {
      if (i === s.length) { v += '\\'; break; }
      v += s[i++];
      continue;
    }
    v += c;
  }
  return [v, i];
}

// parseParams reads the "name=value;..." list of s from i (past the ';'
// after the subtype) into map, as node's parseParametersString does:
// names are lower-cased, a name without a value or an invalid one is
// skipped, the first of a name wins; after a quoted value one character is
// skipped, whatever it is; trailing whitespace ends the list.
function parseParams(s, i, map) {
  const end = trimEnd(s).length;
  while (i < end) {
    while (i < s.length && WHITESPACE.includes(s[i])) i++;
    let nameEnd = i;
    while (nameEnd < s.length && s[nameEnd] !== ';' && s[nameEnd] !== '=') nameEnd++;
    const name = s.slice(i, nameEnd).toLowerCase();
    i = nameEnd;
    if (i < end) {
      if (s[i++] === ';') continue;
    }
    if (i >= end) break;
    let value;
    if (s[i] === '"') {
      [value, i] = quotedValue(s, i + 1);
    } else {
      let vend = s.indexOf(';', i);
      if (vend === -1) vend = s.length;
      value = trimEnd(s.slice(i, vend));
      i = vend;
      if (value === '') continue;
    }
    if (name !== '' && name.search(NOT_TOKEN) === -1 && value.search(NOT_QUOTED) === -1 && !map.has(name)) {
      map.set(name, value);
    }
    i++;
  }
}

const typeData = new WeakMap();
function typeOf(m) {
  const d = typeData.get(m);
  if (d === undefined) throw new TypeError('Receiver is not a MIMEType');
  return d;
}

class MIMEType {
  constructor(string) {
    string = `${string}`;
    let i = 0;
    while (i < string.length && WHITESPACE.includes(string[i])) i++;
    const slash = string.indexOf('/', i);
    const rawType = slash === -1 ? string.slice(i) : string.slice(i, slash);
    const badType = rawType.search(NOT_TOKEN);
    if (rawType === '' || badType !== -1 || slash === -1) throw syntaxError('type', string, badType);
    let semi = string.indexOf(';', slash + 1);
    if (semi === -1) semi = string.length;
    const subtype = token('subtype', trimEnd(string.slice(slash + 1, semi)), string);
    const params = new MIMEParams();
    parseParams(string, semi + 1, dataOf(params));
    typeData.set(this, { type: rawType.toLowerCase(), subtype, params });
  }
  get type() { return typeOf(this).type; }
  set type(v) {
    v = `${v}`;
    typeOf(this).type = token('type', v);
  }
  get subtype() { return typeOf(this).subtype; }
  set subtype(v) {
    v = `${v}`;
    typeOf(this).subtype = token('subtype', v);
  }
  get essence() { const d = typeOf(this); return d.type + '/' + d.subtype; }
  get params() { return typeOf(this).params; }
  toString() {
    const d = typeOf(this);
    const p = d.params.toString();
    return d.type + '/' + d.subtype + (p ? ';' + p : '');
  }
  toJSON() { return this.toString(); }
}

module.exports = { MIMEType, MIMEParams };
