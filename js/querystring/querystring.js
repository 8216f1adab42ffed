// querystring: node's legacy query string parser and serializer. parse
// splits on sep and eq, turns '+' into a space and percent-decodes (falling
// back to a byte-wise decode for malformed escapes); stringify encodes as
// encodeURIComponent does.
'use strict';

const { Buffer } = require('buffer');

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  try {
    return encodeURIComponent(str);
  } catch {
    const err = new URIError('URI malformed');
    internal.setErrorCode(err, 'ERR_INVALID_URI');
    throw err;
  }
}

const hexValue = (c) => {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
};

// unescapeBuffer decodes %XX escapes byte by byte (and '+' when
// decodeSpaces); any other character keeps only its low byte, as node's
// does.
function unescapeBuffer(s, decodeSpaces) {
  s = String(s);
  const out = Buffer.allocUnsafe(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) { out[n++] = 32; continue; }
    if (c === 37 && i + 2 < s.length) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hexValue(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) { out[n++] = hi * 16 + lo; i += 2; continue; }
    }
    out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = qs.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';
  const keys = Object.keys(obj);
  const fields = [];
  for (const k of keys) {
    const v = obj[k];
    const ks = encode(stringifyPrimitive(k)) + eq;
    if (Array.isArray(v)) {
      for (const item of v) fields.push(ks + encode(stringifyPrimitive(item)));
    } else {
      fields.push(ks + encode(stringifyPrimitive(v)));
    }
  }
  return fields.join(sep);
}

function parse(str, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof str !== 'string' || str.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let pairs = maxKeys > 0 ? maxKeys : Infinity;
  let decode = qs.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const customDecode = decode !== qsUnescape;

  // As node: '+' is a space (given to a custom decoder as %20), and the
  // default decoder runs only on a string with a valid %XX escape.
  const decodeStr = (s) => {
    if (s.length === 0) return s;
    if (s.indexOf('+') >= 0) s = s.replace(/\+/g, customDecode ? '%20' : ' ');
    if (!customDecode && !/%[0-9a-fA-F]{2}/.test(s)) return s;
    try {
      return decode(s);
    } catch {
      return qsUnescape(s, true);
    }
  };

  const parts = str.split(sep);
  for (const part of parts) {
    if (part.length === 0) continue;
    if (pairs <= 0) break;
    const at = part.indexOf(eq);
    let key, value;
    if (at >= 0) { key = part.slice(0, at); value = part.slice(at + eq.length); } else { key = part; value = ''; }
    key = decodeStr(key);
    value = decodeStr(value);
    const cur = obj[key];
    if (cur === undefined) obj[key] = value;
    else if (Array.isArray(cur)) cur.push(value);
    else obj[key] = [cur, value];
    pairs--;
  }
  return obj;
}

const qs = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
module.exports = qs;
