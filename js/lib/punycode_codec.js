// punycode_codec: RFC 3492 (Bootstring with the Punycode parameters), the one
// codec behind both the punycode module (js/punycode) and the URL parser's
// hostnames (url.js), loaded with internal.lib('punycode_codec.js'). It works
// on code points and throws the RangeErrors of node's punycode module
// (userland punycode.js 2.1.0); url.js turns a throw into an invalid host.
'use strict';

// The Punycode parameters (RFC 3492 section 5).
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const MAX_INT = 0x7fffffff; // 2^31 - 1: the overflow bound of punycode.js

const messages = {
  overflow: 'Overflow: input needs wider integers to process',
  notBasic: 'Illegal input >= 0x80 (not a basic code point)',
  invalid: 'Invalid input',
};
function fail(kind) {
  throw new RangeError(messages[kind]);
}

// toCodePoints is a string's code points; a surrogate that is not half of a
// pair stands for itself (punycode.js's ucs2decode).
function toCodePoints(str) {
  const out = [];
  const len = str.length;
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

// decode turns a Punycode string (without its xn-- prefix) into code
// points. The caller has checked that input is a string.
function decode(input) {
  const out = [];
  const len = input.length;
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
  return out;
}

// encode turns a string into Punycode (without the xn-- prefix): its basic
// code points first, then a '-' if there were any, then the deltas.
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

module.exports = { toCodePoints, decode, encode };
