// punycode: RFC 3492 (Bootstring with the Punycode parameters) over code
// points, and toASCII/toUnicode applying it label by label to a domain
// name (the part after an '@' only, for an e-mail address). Node 20's
// module is the userland punycode.js 2.1.0; its exports, error messages
// and treatment of lone surrogates are what this file reproduces.
'use strict';

// The Punycode parameters (RFC 3492 section 5).
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const MAX_INT = 0x7fffffff; // 2^31 - 1: the overflow bound

const messages = {
  overflow: 'Overflow: input needs wider integers to process',
  notBasic: 'Illegal input >= 0x80 (not a basic code point)',
  invalid: 'Invalid input',
};
function fail(kind) {
  throw new RangeError(messages[kind]);
}

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
  const out = [];
  const len = read(str, 'length');
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = str.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
function fromCodePoints(points) {
  iterable(points, 'codePoints');
  return String.fromCodePoint(...points);
}

// digitOf is a basic code point's digit value (A-Z and a-z 0-25, 0-9
// 26-35), BASE for any other.
function digitOf(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 26;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  return BASE;
}
// charOf is the lowercase letter or digit for digit d.
function charOf(d) {
  return String.fromCharCode(d < 26 ? 0x61 + d : 0x30 + d - 26);
}

// threshold is t(k) for the current bias.
function threshold(k, bias) {
  if (k <= bias) return T_MIN;
  if (k >= bias + T_MAX) return T_MAX;
  return k - bias;
}

// adapt is RFC 3492's bias adaptation (section 6.1).
function adapt(delta, numPoints, first) {
  delta = first ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  const limit = ((BASE - T_MIN) * T_MAX) >> 1;
  while (delta > limit) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

function decode(input) {
  const out = [];
  const len = read(input, 'length');
  method(input, 'input', 'lastIndexOf');
  // The basic code points come before the last '-'.
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) fail('notBasic');
    out.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let pos = basic > 0 ? basic + 1 : 0; pos < len;) {
    const before = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (pos >= len) fail('invalid');
      const digit = digitOf(input.charCodeAt(pos++));
      if (digit >= BASE) fail('invalid');
      if (digit > Math.floor((MAX_INT - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) fail('overflow');
      w *= BASE - t;
    }
    const count = out.length + 1;
    bias = adapt(i - before, count, before === 0);
    if (Math.floor(i / count) > MAX_INT - n) fail('overflow');
    n += Math.floor(i / count);
    i %= count;
    out.splice(i, 0, n);
    i++;
  }
  return fromCodePoints(out);
}

function encode(input) {
  const points = toCodePoints(input);
  let out = '';
  for (const c of points) {
    if (c < 0x80) out += String.fromCharCode(c);
  }
  const basicCount = out.length;
  let handled = basicCount;
  if (basicCount > 0) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < points.length) {
    // The smallest code point not yet handled.
    let m = MAX_INT;
    for (const c of points) {
      if (c >= n && c < m) m = c;
    }
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of points) {
      if (c < n && ++delta > MAX_INT) fail('overflow');
      if (c !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = threshold(k, bias);
        if (q < t) break;
        out += charOf(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      out += charOf(q);
      bias = adapt(delta, handled + 1, handled === basicCount);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return out;
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
