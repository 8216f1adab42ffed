// url: the WHATWG URL and URLSearchParams (the URL Standard's basic URL
// parser, with its state overrides for the setters), fileURLToPath,
// pathToFileURL, and the legacy url.parse / format / resolve for the
// common shapes. Hostnames are lowercased and non-ASCII labels Punycode
// encoded; the full UTS #46 mapping table is not included.
'use strict';

const path = require('path');

// ---- errors -------------------------------------------------------------

const nodeError = internal.codedError; // (Ctor, code, message): lib/bootstrap.js
function invalidURL(input, base) {
  const err = nodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

// ---- percent-encoding ---------------------------------------------------------

const HEX = '0123456789ABCDEF';
function pctByte(b) { return '%' + HEX[b >> 4] + HEX[b & 15]; }

function inC0(c) { return c < 0x20 || c > 0x7e; }
const FRAGMENT = new Set([0x20, 0x22, 0x3c, 0x3e, 0x60]);
const QUERY = new Set([0x20, 0x22, 0x23, 0x3c, 0x3e]);
const SPECIAL_QUERY = new Set([...QUERY, 0x27]);
const PATH = new Set([...QUERY, 0x3f, 0x60, 0x7b, 0x7d]);
const USERINFO = new Set([...PATH, 0x5e, 0x2f, 0x3a, 0x3b, 0x3d, 0x40, 0x5b, 0x5c, 0x5d, 0x7c]);
const C0SET = new Set();

// encodeCP appends code point cp (a string of one code point) to out,
// percent-encoded if it is in set (or outside printable ASCII).
function encodeCP(ch, set) {
  const c = ch.codePointAt(0);
  if (!inC0(c) && !set.has(c)) return ch;
  let out = '';
  const bytes = utf8Bytes(ch);
  for (let i = 0; i < bytes.length; i++) out += pctByte(bytes[i]);
  return out;
}

function utf8Bytes(s) {
  const b = internal.bufFromString(s, 0);
  return b;
}

function utf8Decode(bytes) {
  return internal.bufToString(bytes, 0, 0, bytes.length);
}

// percentDecode turns %XX escapes of a string's UTF-8 bytes back into bytes.
function percentDecodeBytes(s) {
  const bytes = utf8Bytes(s);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x25 && i + 2 < bytes.length && isHexByte(bytes[i + 1]) && isHexByte(bytes[i + 2])) {
      out[n++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
      i += 2;
    } else {
      out[n++] = c;
    }
  }
  return out.subarray(0, n);
}
function isHexByte(c) { return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66); }

function toUSV(s) {
  let out = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      out += s.slice(start, i) + '\ufffd';
      start = i + 1;
    }
  }
  return start === 0 ? s : out + s.slice(start);
}

// ---- schemes --------------------------------------------------------------

const SPECIAL = { 'ftp:': 21, 'file:': null, 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };
function isSpecialScheme(scheme) { return Object.prototype.hasOwnProperty.call(SPECIAL, scheme + ':'); }
function defaultPort(scheme) { const p = SPECIAL[scheme + ':']; return p === undefined ? null : p; }

const isAlpha = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isDigit = (c) => c >= '0' && c <= '9';
const isHex = (c) => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

function isWindowsDriveLetter(s, normalizedOnly) {
  return s.length === 2 && isAlpha(s[0]) && (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}
function startsWithDriveLetter(cps, i) {
  if (cps.length - i < 2) return false;
  if (!isAlpha(cps[i]) || (cps[i + 1] !== ':' && cps[i + 1] !== '|')) return false;
  if (cps.length - i === 2) return true;
  const c = cps[i + 2];
  return c === '/' || c === '\\' || c === '?' || c === '#';
}

function shortenPath(url) {
  const p = url.path;
  if (url.scheme === 'file' && p.length === 1 && isWindowsDriveLetter(p[0], true)) return;
  p.pop();
}

const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
const isDoubleDot = (s) => {
  s = s.toLowerCase();
  return s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e';
};

// ---- hosts ------------------------------------------------------------------

const FORBIDDEN_HOST = new Set(['\u0000', '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|']);

function parseHost(input, notSpecial) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    const v6 = parseIPv6(input.slice(1, -1));
    return v6 === null ? null : '[' + serializeIPv6(v6) + ']';
  }
  if (notSpecial) {
    for (const ch of input) if (FORBIDDEN_HOST.has(ch)) return null;
    let out = '';
    for (const ch of input) out += encodeCP(ch, C0SET);
    return out;
  }
  const domain = utf8Decode(percentDecodeBytes(input));
  const ascii = domainToASCIIInternal(domain);
  if (ascii === null || ascii === '') return null;
  for (const ch of ascii) {
    const c = ch.charCodeAt(0);
    if (FORBIDDEN_HOST.has(ch) || c <= 0x1f || ch === '%' || c === 0x7f) return null;
  }
  if (endsInNumber(ascii)) {
    const v4 = parseIPv4(ascii);
    return v4 === null ? null : serializeIPv4(v4);
  }
  return ascii;
}

function endsInNumber(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return /^0[xX][0-9a-fA-F]*$/.test(last);
}

function parseIPv4Number(s) {
  if (s === '') return NaN;
  let radix = 10;
  if (s.length >= 2 && (s.startsWith('0x') || s.startsWith('0X'))) {
    s = s.slice(2);
    radix = 16;
  } else if (s.length >= 2 && s[0] === '0') {
    s = s.slice(1);
    radix = 8;
  }
  if (s === '') return 0;
  const re = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!re.test(s)) return NaN;
  return parseInt(s, radix);
}

function parseIPv4(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const nums = [];
  for (const p of parts) {
    const n = parseIPv4Number(p);
    if (Number.isNaN(n)) return null;
    nums.push(n);
  }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
  if (nums[nums.length - 1] >= 256 ** (5 - nums.length)) return null;
  let ipv4 = nums[nums.length - 1];
  for (let i = 0; i < nums.length - 1; i++) ipv4 += nums[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(n) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(n % 256));
    n = Math.floor(n / 256);
  }
  return out.join('.');
}

function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0, compress = null, p = 0;
  const c = () => input[p];
  if (c() === ':') {
    if (input[p + 1] !== ':') return null;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (c() !== undefined) {
    if (pieceIndex === 8) return null;
    if (c() === ':') {
      if (compress !== null) return null;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0, length = 0;
    while (length < 4 && c() !== undefined && isHex(c())) {
      value = value * 16 + parseInt(c(), 16);
      p++;
      length++;
    }
    if (c() === '.') {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (c() !== undefined) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (c() === '.' && numbersSeen < 4) p++;
          else return null;
        }
        if (c() === undefined || !isDigit(c())) return null;
        while (c() !== undefined && isDigit(c())) {
          const number = parseInt(c(), 10);
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (c() === ':') {
      p++;
      if (c() === undefined) return null;
    } else if (c() !== undefined) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed.
  let best = -1, bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// Punycode (RFC 3492) for the labels of a hostname: the codec the punycode
// module uses (lib/punycode_codec.js), loaded on the first non-ASCII or xn--
// label. Both return null where the codec throws (an overflow, a digit that
// is not one): the host is then invalid, as in node's URL parser.
function punycodeEncode(input) {
  try {
    return internal.lib('punycode_codec.js').encode(input);
  } catch {
    return null;
  }
}
function punycodeDecode(input) {
  try {
    return String.fromCodePoint(...internal.lib('punycode_codec.js').decode(input));
  } catch {
    return null;
  }
}

// validACELabel reports whether an xn-- label may stand in a host: it is
// ASCII, its rest decodes, and to something (node 20's URL parser refuses an
// empty decoding). The C1 controls (U+0080-U+009F) are refused too; the rest
// of UTS #46's validity table (which code points a label may hold) is not
// included, so an xn-- label decoding to another disallowed code point is
// accepted where node refuses it.
function validACELabel(label) {
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(label)) return false;
  const u = punycodeDecode(label.slice(4));
  return u !== null && u !== '' && !/[\x80-\x9f]/.test(u);
}

function domainToASCIIInternal(domain) {
  domain = domain.replace(/[\u3002\uff0e\uff61]/g, '.');
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(domain) && !/(^|\.)xn--/i.test(domain)) return domain.toLowerCase();
  const labels = domain.normalize('NFC').toLowerCase().split('.');
  const out = [];
  for (const l of labels) {
    if (l.startsWith('xn--')) {
      if (!validACELabel(l)) return null;
      out.push(l);
    } else if (/^[\x00-\x7f]*$/.test(l)) {
      out.push(l);
    } else {
      const encoded = punycodeEncode(l);
      if (encoded === null) return null;
      out.push('xn--' + encoded);
    }
  }
  return out.join('.');
}

function domainToASCII(domain) {
  const host = parseHost(`${domain}`, false);
  return host === null ? '' : host;
}
function domainToUnicode(domain) {
  const host = parseHost(`${domain}`, false);
  if (host === null) return '';
  return host.split('.').map((l) => {
    if (!l.startsWith('xn--')) return l;
    const u = punycodeDecode(l.slice(4));
    return u === null ? l : u;
  }).join('.');
}

// ---- the basic URL parser -------------------------------------------------------

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], opaque: false, query: null, fragment: null };
}
function copyRecord(u) {
  return { ...u, path: u.opaque ? u.path : u.path.slice() };
}
function includesCredentials(u) { return u.username !== '' || u.password !== ''; }

// parse is the URL Standard's basic URL parser. With override (a record and
// a state name) it runs as a setter does and returns false on failure;
// otherwise it returns a new record or null.
function parse(input, base, url, stateOverride) {
  if (!url) {
    url = newRecord();
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  const cps = Array.from(input);
  let state = stateOverride || 'scheme start';
  let buffer = '';
  let atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
  const fail = () => (stateOverride ? false : null);
  for (let p = 0; ; p++) {
    const c = cps[p];
    switch (state) {
      case 'scheme start':
        if (c !== undefined && isAlpha(c)) {
          buffer += c.toLowerCase();
          state = 'scheme';
        } else if (!stateOverride) {
          state = 'no scheme';
          p--;
        } else {
          return false;
        }
        break;
      case 'scheme':
        if (c !== undefined && (isAlpha(c) || isDigit(c) || c === '+' || c === '-' || c === '.')) {
          buffer += c.toLowerCase();
        } else if (c === ':') {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return false;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return false;
            if (url.scheme === 'file' && url.host === '') return false;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return true;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = 'file';
          } else if (isSpecialScheme(url.scheme) && base && base.scheme === url.scheme) {
            state = 'special relative or authority';
          } else if (isSpecialScheme(url.scheme)) {
            state = 'special authority slashes';
          } else if (cps[p + 1] === '/') {
            state = 'path or authority';
            p++;
          } else {
            url.path = '';
            url.opaque = true;
            state = 'opaque path';
          }
        } else if (!stateOverride) {
          buffer = '';
          state = 'no scheme';
          p = -1;
        } else {
          return false;
        }
        break;
      case 'no scheme':
        if (!base || (base.opaque && c !== '#')) return fail();
        if (base.opaque && c === '#') {
          url.scheme = base.scheme;
          url.path = base.path;
          url.opaque = true;
          url.query = base.query;
          url.fragment = '';
          state = 'fragment';
        } else if (base.scheme !== 'file') {
          state = 'relative';
          p--;
        } else {
          state = 'file';
          p--;
        }
        break;
      case 'special relative or authority':
        if (c === '/' && cps[p + 1] === '/') {
          state = 'special authority ignore slashes';
          p++;
        } else {
          state = 'relative';
          p--;
        }
        break;
      case 'path or authority':
        if (c === '/') {
          state = 'authority';
        } else {
          state = 'path';
          p--;
        }
        break;
      case 'relative':
        url.scheme = base.scheme;
        if (c === '/') {
          state = 'relative slash';
        } else if (isSpecialScheme(url.scheme) && c === '\\') {
          state = 'relative slash';
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = 'query';
          } else if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          } else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = 'path';
            p--;
          }
        }
        break;
      case 'relative slash':
        if (isSpecialScheme(url.scheme) && (c === '/' || c === '\\')) {
          state = 'special authority ignore slashes';
        } else if (c === '/') {
          state = 'authority';
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = 'path';
          p--;
        }
        break;
      case 'special authority slashes':
        if (c === '/' && cps[p + 1] === '/') {
          state = 'special authority ignore slashes';
          p++;
        } else {
          state = 'special authority ignore slashes';
          p--;
        }
        break;
      case 'special authority ignore slashes':
        if (c !== '/' && c !== '\\') {
          state = 'authority';
          p--;
        }
        break;
      case 'authority':
        if (c === '@') {
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          for (const ch of buffer) {
            if (ch === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const enc = encodeCP(ch, USERINFO);
            if (passwordTokenSeen) url.password += enc;
            else url.username += enc;
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (isSpecialScheme(url.scheme) && c === '\\')) {
          if (atSignSeen && buffer === '') return fail();
          p -= Array.from(buffer).length + 1;
          buffer = '';
          state = 'host';
        } else {
          buffer += c;
        }
        break;
      case 'host':
      case 'hostname':
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = 'file host';
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return fail();
          if (stateOverride === 'hostname') return false;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return fail();
          url.host = host;
          buffer = '';
          state = 'port';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (isSpecialScheme(url.scheme) && c === '\\')) {
          p--;
          if (isSpecialScheme(url.scheme) && buffer === '') return fail();
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return false;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return fail();
          url.host = host;
          buffer = '';
          state = 'path start';
          if (stateOverride) return true;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;
      case 'port':
        if (c !== undefined && isDigit(c)) {
          buffer += c;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (isSpecialScheme(url.scheme) && c === '\\') || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return fail();
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return true;
          state = 'path start';
          p--;
        } else {
          return fail();
        }
        break;
      case 'file':
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') {
          state = 'file slash';
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = 'query';
          } else if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          } else if (c !== undefined) {
            url.query = null;
            if (!startsWithDriveLetter(cps, p)) shortenPath(url);
            else url.path = [];
            state = 'path';
            p--;
          }
        } else {
          state = 'path';
          p--;
        }
        break;
      case 'file slash':
        if (c === '/' || c === '\\') {
          state = 'file host';
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithDriveLetter(cps, p) && base.path.length && isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = 'path';
          p--;
        }
        break;
      case 'file host':
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
            state = 'path';
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return true;
            state = 'path start';
          } else {
            let host = parseHost(buffer, false);
            if (host === null) return fail();
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return true;
            buffer = '';
            state = 'path start';
          }
        } else {
          buffer += c;
        }
        break;
      case 'path start':
        if (isSpecialScheme(url.scheme)) {
          state = 'path';
          if (c !== '/' && c !== '\\') p--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = 'query';
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = 'fragment';
        } else if (c !== undefined) {
          state = 'path';
          if (c !== '/') p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;
      case 'path':
        if (c === undefined || c === '/' || (isSpecialScheme(url.scheme) && c === '\\') ||
            (!stateOverride && (c === '?' || c === '#'))) {
          const slash = c === '/' || (isSpecialScheme(url.scheme) && c === '\\');
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer, false)) {
              buffer = buffer[0] + ':';
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = 'query';
          }
          if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          }
        } else {
          buffer += encodeCP(c, PATH);
        }
        break;
      case 'opaque path':
        if (c === '?') {
          url.query = '';
          state = 'query';
        } else if (c === '#') {
          url.fragment = '';
          state = 'fragment';
        } else if (c !== undefined) {
          url.path += encodeCP(c, C0SET);
        }
        break;
      case 'query':
        if ((!stateOverride && c === '#') || c === undefined) {
          const set = isSpecialScheme(url.scheme) ? SPECIAL_QUERY : QUERY;
          for (const ch of buffer) url.query += encodeCP(ch, set);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          }
        } else {
          buffer += c;
        }
        break;
      case 'fragment':
        if (c !== undefined) url.fragment += encodeCP(c, FRAGMENT);
        break;
    }
    // At the end unless a state stepped back to see the end again.
    if (c === undefined && p >= cps.length) break;
  }
  return stateOverride ? true : url;
}

function serializePath(u) {
  if (u.opaque) return u.path;
  let out = '';
  for (const seg of u.path) out += '/' + seg;
  return out;
}

function serialize(u, excludeFragment) {
  let out = u.scheme + ':';
  if (u.host !== null) {
    out += '//';
    if (includesCredentials(u)) {
      out += u.username;
      if (u.password !== '') out += ':' + u.password;
      out += '@';
    }
    out += u.host;
    if (u.port !== null) out += ':' + u.port;
  } else if (!u.opaque && u.path.length > 1 && u.path[0] === '') {
    out += '/.';
  }
  out += serializePath(u);
  if (u.query !== null) out += '?' + u.query;
  if (!excludeFragment && u.fragment !== null) out += '#' + u.fragment;
  return out;
}

function origin(u) {
  switch (u.scheme) {
    case 'blob': {
      const inner = parse(serializePath(u), null);
      if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return origin(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return u.scheme + '://' + u.host + (u.port !== null ? ':' + u.port : '');
  }
  return 'null';
}

// ---- URLSearchParams ----------------------------------------------------------------

function formEncode(s) {
  const bytes = utf8Bytes(toUSV(s));
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x20) out += '+';
    else if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) ||
             b === 0x2a || b === 0x2d || b === 0x2e || b === 0x5f) out += String.fromCharCode(b);
    else out += pctByte(b);
  }
  return out;
}

// formParse splits application/x-www-form-urlencoded text as node 20's
// parseParams does: '+' is a space, and a name or value is percent-decoded
// only if it holds a valid %XX — by decodeURIComponent, or, when that
// throws, byte by byte as querystring.unescapeBuffer does (non-ASCII code
// units then keep only their low byte).
function formParse(s) {
  const out = [];
  for (const seq of s.split('&')) {
    if (seq === '') continue;
    const eq = seq.indexOf('=');
    const name = eq < 0 ? seq : seq.slice(0, eq);
    const value = eq < 0 ? '' : seq.slice(eq + 1);
    out.push([formDecode(name), formDecode(value)]);
  }
  return out;
}

function formDecode(s) {
  const spaced = s.replace(/\+/g, ' ');
  // node looks for %XX with any '+' in between skipped.
  if (!/%[0-9a-fA-F]{2}/.test(s.replace(/\+/g, ''))) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return unescapeBytes(spaced);
  }
}

function unescapeBytes(s) {
  const out = new Uint8Array(s.length);
  let o = 0;
  const hex = (c) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c === 37 && i < s.length - 2) {
      const hi = hex(s.charCodeAt(i + 1)), lo = hex(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        out[o++] = hi * 16 + lo;
        i += 3;
        continue;
      }
      out[o++] = 37;
      i++;
      continue;
    }
    out[o++] = c & 0xff;
    i++;
  }
  return utf8Decode(out.subarray(0, o));
}

const kList = Symbol('query');
const kURL = Symbol('context');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function missingArgs(...names) {
  return nodeError(TypeError, 'ERR_MISSING_ARGS',
    names.length === 1 ? 'The "' + names[0] + '" argument must be specified'
      : 'The "' + names[0] + '" and "' + names[1] + '" arguments must be specified');
}
function checkThis(self) {
  if (!self || !self[kList]) throw nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type URLSearchParams');
}

class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kURL] = null;
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && init[kList]) {
        this[kList] = init[kList].map((p) => p.slice());
      } else if (method != null) {
        if (typeof method !== 'function') throw internal.invalidArgType('query', 'function', method);
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null || typeof pair[Symbol.iterator] !== 'function') {
            throw nodeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          const t = Array.from(pair);
          if (t.length !== 2) {
            throw nodeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          this[kList].push([toUSV(`${t[0]}`), toUSV(`${t[1]}`)]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string' || !Object.prototype.propertyIsEnumerable.call(init, key)) continue;
          const v = init[key];
          const k = toUSV(key), val = toUSV(`${v}`);
          const existing = this[kList].find((p) => p[0] === k);
          if (existing) existing[1] = val;
          else this[kList].push([k, val]);
        }
      }
    } else {
      let s = toUSV(`${init}`);
      if (s[0] === '?') s = s.slice(1);
      this[kList] = formParse(s);
    }
  }

  get size() {
    checkThis(this);
    return this[kList].length;
  }

  append(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    this[kList].push([toUSV(`${name}`), toUSV(`${value}`)]);
    update(this);
  }

  delete(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(`${name}`);
    if (value !== undefined) {
      value = toUSV(`${value}`);
      this[kList] = this[kList].filter((p) => p[0] !== name || p[1] !== value);
    } else {
      this[kList] = this[kList].filter((p) => p[0] !== name);
    }
    update(this);
  }

  get(name) {
    checkThis(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(`${name}`);
    const p = this[kList].find((q) => q[0] === name);
    return p ? p[1] : null;
  }

  getAll(name) {
    checkThis(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(`${name}`);
    return this[kList].filter((p) => p[0] === name).map((p) => p[1]);
  }

  has(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(`${name}`);
    if (value !== undefined) {
      value = toUSV(`${value}`);
      return this[kList].some((p) => p[0] === name && p[1] === value);
    }
    return this[kList].some((p) => p[0] === name);
  }

  set(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    name = toUSV(`${name}`);
    value = toUSV(`${value}`);
    const list = this[kList];
    const i = list.findIndex((p) => p[0] === name);
    if (i < 0) {
      list.push([name, value]);
    } else {
      list[i][1] = value;
      this[kList] = list.filter((p, j) => j <= i || p[0] !== name);
    }
    update(this);
  }

  sort() {
    checkThis(this);
    // A stable sort by name in UTF-16 code units.
    const list = this[kList].map((p, i) => [p, i]);
    list.sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]));
    this[kList] = list.map((x) => x[0]);
    update(this);
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    if (typeof callback !== 'function') throw internal.invalidArgType('callback', 'function', callback);
    let list = this[kList];
    for (let i = 0; i < list.length; i++) {
      const [k, v] = list[i];
      callback.call(thisArg, v, k, this);
      list = this[kList];
    }
  }

  entries() { checkThis(this); return makeIterator(this, 'key+value'); }
  keys() { checkThis(this); return makeIterator(this, 'key'); }
  values() { checkThis(this); return makeIterator(this, 'value'); }

  toString() {
    checkThis(this);
    return this[kList].map((p) => formEncode(p[0]) + '=' + formEncode(p[1])).join('&');
  }

  [customInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const inspect = (v) => internal.inspect(v, options);
    const parts = this[kList].map((p) => inspect(p[0]) + ' => ' + inspect(p[1]));
    if (parts.length === 0) return 'URLSearchParams {}';
    const oneLine = 'URLSearchParams { ' + parts.join(', ') + ' }';
    const bl = options && options.breakLength !== undefined ? options.breakLength : 80;
    if (oneLine.length <= bl) return oneLine;
    return 'URLSearchParams {\n  ' + parts.join(',\n  ') + ' }';
  }
}
URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

const iteratorProto = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperty(iteratorProto, Symbol.toStringTag, { value: 'URLSearchParams Iterator', configurable: true });
iteratorProto.next = function next() {
  const st = this._state;
  if (!st) throw nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type URLSearchParamsIterator');
  const list = st.target[kList];
  if (st.index >= list.length) return { value: undefined, done: true };
  const [k, v] = list[st.index++];
  return { value: st.kind === 'key' ? k : st.kind === 'value' ? v : [k, v], done: false };
};
iteratorProto[customInspect] = function inspect(depth, options) {
  const st = this._state;
  const rest = st.target[kList].slice(st.index).map((p) => (st.kind === 'key' ? p[0] : st.kind === 'value' ? p[1] : p));
  const inner = rest.map((v) => internal.inspect(v, options)).join(', ');
  return 'URLSearchParams Iterator { ' + inner + ' }';
};
function makeIterator(target, kind) {
  const it = Object.create(iteratorProto);
  Object.defineProperty(it, '_state', { value: { target, kind, index: 0 } });
  return it;
}

// update writes a URLSearchParams' list back into its URL's query.
function update(params) {
  const url = params[kURL];
  if (!url) return;
  const s = params.toString();
  url[kContext].query = s === '' ? null : s;
}

// ---- URL ---------------------------------------------------------------------------

const kContext = Symbol('context');

function checkURL(self) {
  if (!self || !self[kContext]) throw nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type URL');
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = toUSV(`${input}`);
    let baseRecord;
    if (base !== undefined) {
      base = toUSV(`${base}`);
      baseRecord = parse(base, null);
      if (!baseRecord) throw invalidURL(input, base);
    }
    const u = parse(input, baseRecord);
    if (!u) throw invalidURL(input, base);
    this[kContext] = u;
    this[kList] = undefined;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = toUSV(`${input}`);
    let baseRecord;
    if (base !== undefined) {
      baseRecord = parse(toUSV(`${base}`), null);
      if (!baseRecord) return false;
    }
    return parse(input, baseRecord) !== null;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static createObjectURL(obj) {
    if (!(obj instanceof require('buffer').Blob)) throw internal.invalidArgType('obj', 'an instance of Blob', obj);
    const id = require('crypto').randomUUID();
    internal.blobURLs.set(id, obj); // buffer.resolveObjectURL's registry
    return 'blob:nodedata:' + id;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw missingArgs('url');
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch {
      return;
    }
    const split = parsed.pathname.split(':');
    if (split.length === 2 && split[0] === 'nodedata' && internal.blobURLs !== undefined) internal.blobURLs.delete(split[1]);
  }

  get href() { checkURL(this); return serialize(this[kContext]); }
  set href(value) {
    checkURL(this);
    value = toUSV(`${value}`);
    const u = parse(value, null);
    if (!u) throw invalidURL(value);
    this[kContext] = u;
    syncParams(this);
  }

  get origin() { checkURL(this); return origin(this[kContext]); }

  get protocol() { checkURL(this); return this[kContext].scheme + ':'; }
  set protocol(value) {
    checkURL(this);
    const u = copyRecord(this[kContext]);
    if (parse(toUSV(`${value}`) + ':', null, u, 'scheme start')) this[kContext] = u;
  }

  get username() { checkURL(this); return this[kContext].username; }
  set username(value) {
    checkURL(this);
    const u = this[kContext];
    if (u.host === null || u.host === '' || u.scheme === 'file') return;
    u.username = Array.from(toUSV(`${value}`), (ch) => encodeCP(ch, USERINFO)).join('');
  }

  get password() { checkURL(this); return this[kContext].password; }
  set password(value) {
    checkURL(this);
    const u = this[kContext];
    if (u.host === null || u.host === '' || u.scheme === 'file') return;
    u.password = Array.from(toUSV(`${value}`), (ch) => encodeCP(ch, USERINFO)).join('');
  }

  get host() {
    checkURL(this);
    const u = this[kContext];
    if (u.host === null) return '';
    return u.port === null ? u.host : u.host + ':' + u.port;
  }
  set host(value) {
    checkURL(this);
    if (this[kContext].opaque) return;
    const u = copyRecord(this[kContext]);
    if (parse(toUSV(`${value}`), null, u, 'host')) this[kContext] = u;
  }

  get hostname() { checkURL(this); const h = this[kContext].host; return h === null ? '' : h; }
  set hostname(value) {
    checkURL(this);
    if (this[kContext].opaque) return;
    const u = copyRecord(this[kContext]);
    if (parse(toUSV(`${value}`), null, u, 'hostname')) this[kContext] = u;
  }

  get port() { checkURL(this); const p = this[kContext].port; return p === null ? '' : String(p); }
  set port(value) {
    checkURL(this);
    const cur = this[kContext];
    if (cur.host === null || cur.host === '' || cur.scheme === 'file') return;
    // node 20's URL is ada, whose port setter departs from the standard:
    // a value without digits or starting with a control character, a space
    // or '-' (or too large) changes nothing, leading digits set the port,
    // and a value that does not start with a digit clears it.
    value = toUSV(`${value}`);
    const trimmed = value.replace(/[\t\n\r]/g, '');
    if (trimmed === '') {
      cur.port = null;
      return;
    }
    if (trimmed.charCodeAt(0) <= 0x20 || trimmed[0] === '-' || !/[0-9]/.test(value)) return;
    const digits = /^[0-9]*/.exec(trimmed)[0];
    if (digits === '') {
      cur.port = null;
      return;
    }
    const port = parseInt(digits, 10);
    if (port > 65535) return;
    cur.port = port === defaultPort(cur.scheme) ? null : port;
  }

  get pathname() { checkURL(this); return serializePath(this[kContext]); }
  set pathname(value) {
    checkURL(this);
    if (this[kContext].opaque) return;
    const u = copyRecord(this[kContext]);
    u.path = [];
    if (parse(toUSV(`${value}`), null, u, 'path start')) this[kContext] = u;
  }

  get search() {
    checkURL(this);
    const q = this[kContext].query;
    return q === null || q === '' ? '' : '?' + q;
  }
  set search(value) {
    checkURL(this);
    const u = this[kContext];
    value = toUSV(`${value}`);
    if (value === '') {
      u.query = null;
      if (this[kList]) this[kList][kList] = [];
      return;
    }
    if (value[0] === '?') value = value.slice(1);
    u.query = '';
    parse(value, null, u, 'query');
    if (this[kList]) this[kList][kList] = formParse(value);
  }

  get searchParams() {
    checkURL(this);
    if (!this[kList]) {
      const params = new URLSearchParams();
      params[kList] = formParse(this[kContext].query || '');
      params[kURL] = this;
      this[kList] = params;
    }
    return this[kList];
  }

  get hash() {
    checkURL(this);
    const f = this[kContext].fragment;
    return f === null || f === '' ? '' : '#' + f;
  }
  set hash(value) {
    checkURL(this);
    const u = this[kContext];
    value = toUSV(`${value}`);
    if (value === '') {
      u.fragment = null;
      return;
    }
    if (value[0] === '#') value = value.slice(1);
    u.fragment = '';
    parse(value, null, u, 'fragment');
  }

  toString() { checkURL(this); return this.href; }
  toJSON() { checkURL(this); return this.href; }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = new URLShape();
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return internal.inspect(obj, opts);
  }
}
for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search',
  'searchParams', 'hash', 'toString', 'toJSON']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, k);
  d.enumerable = true;
  Object.defineProperty(URL.prototype, k, d);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const k of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'forEach', 'entries', 'keys', 'values', 'toString', 'size']) {
  const d = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, k);
  d.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, k, d);
}

// URLShape is the plain object util.inspect shows for a URL, named URL.
const URLShape = { URL: class URL {} }.URL;

function syncParams(url) {
  if (url[kList]) url[kList][kList] = formParse(url[kContext].query || '');
}

// ---- file URLs ----------------------------------------------------------------------

function fileURLToPath(input) {
  let u = input;
  if (typeof input === 'string') u = new URL(input);
  else if (!(input instanceof URL) && !(input && input.href !== undefined && input.protocol !== undefined)) {
    throw internal.invalidArgType('path', 'string or an instance of URL', input);
  }
  if (u.protocol !== 'file:') throw nodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (u.hostname !== '') {
    throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', `File URL host must be "localhost" or empty on ${process.platform}`);
  }
  const pathname = u.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw internal.invalidArgType('path', 'string', filepath);
  let resolved = path.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved[resolved.length - 1] !== '/') resolved += '/';
  let encoded = '';
  for (const ch of resolved) {
    switch (ch) {
      case '%': encoded += '%25'; break;
      case '\\': encoded += '%5C'; break;
      case '\n': encoded += '%0A'; break;
      case '\r': encoded += '%0D'; break;
      case '\t': encoded += '%09'; break;
      case '?': encoded += '%3F'; break;
      case '#': encoded += '%23'; break;
      default: encoded += ch;
    }
  }
  return new URL('file://' + encoded);
}

function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

// ---- legacy url.parse / format / resolve ------------------------------------------------

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const slashedProtocols = new Set(['http:', 'https:', 'ftp:', 'gopher:', 'file:', 'ws:', 'wss:',
  'http', 'https', 'ftp', 'gopher', 'file', 'ws', 'wss']);
const hostlessProtocols = new Set(['javascript', 'javascript:']);
const unsafeProtocols = new Set(['javascript', 'javascript:']);

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

// Url.prototype.parse is node's legacy parser, step by step: trim, turn
// backslashes before any ? or # into slashes, the bare-path fast case,
// protocol, '//' and the authority (auth up to the last '@', host up to
// the first character no hostname has, the rest of a bad hostname moved
// into the path), then the escaped path, query and hash.
const legacyEscapes = { 9: '%09', 10: '%0A', 13: '%0D', 32: '%20', 34: '%22', 39: '%27', 60: '%3C', 62: '%3E', 92: '%5C',
  94: '%5E', 96: '%60', 123: '%7B', 124: '%7C', 125: '%7D' };
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const protocolPattern = /^[a-z0-9.+-]+:/i;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
// eslint-disable-next-line no-control-regex
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
// eslint-disable-next-line no-control-regex
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;
let warnedInvalidPort = false;

Url.prototype.parse = function parseLegacy(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw internal.invalidArgType('url', 'string', url);
  let hasHash = false, hasAt = false, split = false;
  let start = -1, end = -1, inWs = false;
  let rest = '';
  let lastPos = 0;
  for (let i = 0; i < url.length; ++i) {
    const code = url.charCodeAt(i);
    const isWs = code < 33 || code === 0xa0 || code === 0xfeff;
    if (start === -1) {
      if (isWs) continue;
      lastPos = start = i;
    } else if (inWs) {
      if (!isWs) {
        end = -1;
        inWs = false;
      }
    } else if (isWs) {
      end = i;
      inWs = true;
    }
    if (!split) {
      if (code === 64) hasAt = true;
      else if (code === 35 || code === 63) {
        if (code === 35) hasHash = true;
        split = true;
      } else if (code === 92) {
        rest += url.slice(lastPos, i) + '/';
        lastPos = i + 1;
      }
    } else if (!hasHash && code === 35) {
      hasHash = true;
    }
  }
  if (start !== -1) {
    if (lastPos === start) rest = end === -1 ? url.slice(start) : url.slice(start, end);
    else if (end === -1 && lastPos < url.length) rest += url.slice(lastPos);
    else if (end !== -1 && lastPos < end) rest += url.slice(lastPos, end);
  }
  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? parseQuery(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }
  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && hostlessProtocols.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }
  if (!hostlessProtocols.has(lowerProto) && (slashes || (proto && !slashedProtocols.has(proto)))) {
    let hostEnd = -1, atSign = -1, nonHost = -1;
    for (let i = 0; i < rest.length; ++i) {
      const code = rest.charCodeAt(i);
      if (code === 9 || code === 10 || code === 13) {
        rest = rest.slice(0, i) + rest.slice(i + 1);
        i--;
      } else if (' "%\';<>\\^`{|}'.includes(rest[i])) {
        if (nonHost === -1) nonHost = i;
      } else if (code === 35 || code === 47 || code === 63) {
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
      } else if (code === 64) {
        atSign = i;
        nonHost = -1;
      }
      if (hostEnd !== -1) break;
    }
    let from = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      from = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(from);
      rest = '';
    } else {
      this.host = rest.slice(from, nonHost);
      rest = rest.slice(nonHost);
    }
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6 = hostname[0] === '[' && hostname[hostname.length - 1] === ']';
    if (!ipv6) {
      for (let i = 0; i < hostname.length; ++i) {
        if ('/\\#?:'.includes(hostname[i])) {
          if (hostname[i] === ':' && !warnedInvalidPort) {
            warnedInvalidPort = true;
            process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
              'DeprecationWarning', 'DEP0170');
          }
          this.hostname = hostname.slice(0, i);
          rest = '/' + hostname.slice(i) + rest;
          break;
        }
      }
    }
    this.hostname = this.hostname.length > 255 ? '' : this.hostname.toLowerCase();
    if (this.hostname !== '') {
      if (ipv6) {
        if (forbiddenHostCharsIpv6.test(this.hostname)) throw legacyInvalid(url);
      } else {
        this.hostname = /[^\x00-\x7f]/.test(this.hostname) ? domainToASCIIInternal(this.hostname) || '' : this.hostname;
        if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) throw legacyInvalid(url);
      }
    }
    this.host = (this.hostname || '') + (this.port ? ':' + this.port : '');
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = '/' + rest;
    }
  }
  if (!unsafeProtocols.has(lowerProto)) {
    let escaped = '';
    let last = 0;
    for (let i = 0; i < rest.length; ++i) {
      const e = legacyEscapes[rest.charCodeAt(i)];
      if (e) {
        escaped += rest.slice(last, i) + e;
        last = i + 1;
      }
    }
    if (last > 0) rest = escaped + rest.slice(last);
  }
  let questionIdx = -1, hashIdx = -1;
  for (let i = 0; i < rest.length; ++i) {
    const code = rest.charCodeAt(i);
    if (code === 35) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (code === 63 && questionIdx === -1) {
      questionIdx = i;
    }
  }
  if (questionIdx !== -1) {
    this.search = hashIdx === -1 ? rest.slice(questionIdx) : rest.slice(questionIdx, hashIdx);
    this.query = hashIdx === -1 ? rest.slice(questionIdx + 1) : rest.slice(questionIdx + 1, hashIdx);
    if (parseQueryString) this.query = parseQuery(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }
  const useQuestion = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx);
  const firstIdx = useQuestion ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashedProtocols.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = /:[0-9]*$/.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

function legacyInvalid(url) {
  const err = nodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = url;
  return err;
}

function parseQuery(s) {
  const out = Object.create(null);
  for (const [k, v] of formParse(s)) {
    if (k in out) {
      if (Array.isArray(out[k])) out[k].push(v);
      else out[k] = [out[k], v];
    } else {
      out[k] = v;
    }
  }
  return out;
}

Url.prototype.format = function formatLegacy() {
  let auth = this.auth || '';
  if (auth) {
    // Letters, digits and !'()*-._~: stay; the rest is %XX of its UTF-8.
    let out = '';
    for (const ch of auth) {
      if (/[A-Za-z0-9!'()*\-._~:]/.test(ch)) out += ch;
      else for (const b of utf8Bytes(toUSV(ch))) out += pctByte(b);
    }
    auth = out + '@';
  }
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const h = this.hostname;
    host = auth + (h.includes(':') && !(h[0] === '[' && h[h.length - 1] === ']') ? '[' + h + ']' : h);
    if (this.port) host += ':' + this.port;
  }
  if (this.query !== null && typeof this.query === 'object') {
    query = qsStringify(this.query);
  }
  let search = this.search || (query && ('?' + query)) || '';
  if (protocol && protocol[protocol.length - 1] !== ':') protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  search = search.replace(/#/g, '%23');
  if (this.slashes || slashedProtocols.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  if (hash && hash[0] !== '#') hash = '#' + hash;
  if (search && search[0] !== '?') search = '?' + search;
  return protocol + host + pathname + search + hash;
};

// qsStringify is querystring.stringify: repeated keys for arrays, values
// that are not strings, finite numbers, bigints or booleans as ''.
function qsStringify(obj) {
  const prim = (v) => (typeof v === 'string' ? v : (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'bigint' ||
    typeof v === 'boolean' ? String(v) : '');
  const parts = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = encodeURIComponent(prim(k)) + '=';
    if (Array.isArray(v)) {
      for (const x of v) parts.push(ks + encodeURIComponent(prim(x)));
    } else {
      parts.push(ks + encodeURIComponent(prim(v)));
    }
  }
  return parts.join('&');
}

function urlFormat(obj, options) {
  if (typeof obj === 'string') {
    obj = urlParse(obj);
  } else if (typeof obj !== 'object' || obj === null) {
    throw internal.invalidArgType('urlObject', 'object or string', obj);
  } else if (obj instanceof URL) {
    let fragment = true, unicode = false, search = true, auth = true;
    if (options) {
      if (options.fragment !== undefined) fragment = !!options.fragment;
      if (options.unicode !== undefined) unicode = !!options.unicode;
      if (options.search !== undefined) search = !!options.search;
      if (options.auth !== undefined) auth = !!options.auth;
    }
    const u = { ...obj[kContext] };
    if (!fragment) u.fragment = null;
    if (!search) u.query = null;
    if (!auth) {
      u.username = '';
      u.password = '';
    }
    if (unicode && u.host) u.host = domainToUnicode(u.host);
    return serialize(u);
  }
  return Url.prototype.format.call(obj);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// resolveObject is the legacy (RFC 1808-ish) resolution node keeps for
// url.resolve, with its treatment of protocols without slashes.
Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  Object.assign(result, this);
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) if (key !== 'protocol') result[key] = relative[key];
    if (slashedProtocols.has(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    result.href = result.format();
    return result;
  }
  if (relative.protocol && relative.protocol !== result.protocol) {
    if (!slashedProtocols.has(relative.protocol)) {
      Object.assign(result, relative);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocols.has(relative.protocol)) {
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }
  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocols.has(result.protocol);
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }
  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      const authInHost = result.host && result.host.indexOf('@') > 0 && result.host.split('@');
      if (authInHost) {
        result.auth = authInHost.shift();
        result.host = result.hostname = authInHost.shift();
      }
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.href = result.format();
    return result;
  }
  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }
  let last = srcPath.slice(-1)[0];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) ||
    last === '';
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) srcPath.unshift('');
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');
  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    const authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
    if (authInHost) {
      result.auth = authInHost.shift();
      result.host = result.hostname = authInHost.shift();
    }
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');
  if (!srcPath.length) {
    result.pathname = null;
    result.path = null;
  } else {
    result.pathname = srcPath.join('/');
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
