// punycode: RFC 3492 (Bootstring with the Punycode parameters, in
// lib/punycode_codec.js) over code points, and toASCII/toUnicode applying it
// label by label to a domain name (the part after an '@' only, for an
// e-mail address). Node 20's module is the userland punycode.js 2.1.0; its
// exports, error messages and treatment of lone surrogates are what this
// file reproduces.
'use strict';

// The codec itself is shared with the URL parser's hostnames.
const codec = internal.lib('punycode_codec.js');

// V8's words for the TypeErrors a wrong argument meets (goja's differ):
// reading a property of undefined or null, calling what is not a method,
// spreading what is not iterable.
function read(v, prop) {
  if (v === undefined || v === null) throw new TypeError(`Cannot read properties of ${v} (reading '${prop}')`);
  return v[prop];
}
function method(v, name, prop) {
  if (typeof read(v, prop) !== 'function') throw new TypeError(`${name}.${prop} is not a function`);
}
function iterable(v, name) {
  if (v === undefined || v === null) throw new TypeError(`${name} is not iterable (cannot read property ${v})`);
  if (typeof v[Symbol.iterator] !== 'function') throw new TypeError('Spread syntax requires ...iterable[Symbol.iterator] to be a function');
}

// toCodePoints: a string's code points; a surrogate that is not half of a
// pair stands for itself.
function toCodePoints(str) {
  read(str, 'length');
  return codec.toCodePoints(str);
}
// fromCodePoints is String.fromCodePoint(...points) taken in slices: goja spreads a
// million arguments without V8's stack bound, slowly (a 1 MB string took 30 s to
// reach its first invalid code point); the result and the errors are the same.
function fromCodePoints(points) {
  iterable(points, 'codePoints');
  const all = Array.from(points);
  if (all.length <= 4096) return String.fromCodePoint(...all);
  const parts = [];
  for (let i = 0; i < all.length; i += 4096) parts.push(String.fromCodePoint(...all.slice(i, i + 4096)));
  return parts.join('');
}

function decode(input) {
  read(input, 'length');
  method(input, 'input', 'lastIndexOf');
  return fromCodePoints(codec.decode(input));
}

function encode(input) {
  read(input, 'length');
  return codec.encode(input);
}

// eachLabel applies fn to each label of a domain name; the separators are
// the full stop and its ideographic, fullwidth and halfwidth forms, and
// everything up to an '@' is an e-mail address's local part, kept as is.
function eachLabel(domain, fn) {
  method(domain, 'domain', 'split');
  const at = domain.split('@');
  let prefix = '';
  if (at.length > 1) {
    prefix = at[0] + '@';
    domain = at[1];
  }
  const labels = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.');
  return prefix + labels.map(fn).join('.');
}

function toASCII(input) {
  return eachLabel(input, (label) => (/[^\0-\x7F]/.test(label) ? 'xn--' + encode(label) : label));
}

function toUnicode(input) {
  return eachLabel(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: {
    decode: toCodePoints,
    encode: fromCodePoints,
  },
  decode,
  encode,
  toASCII,
  toUnicode,
};
