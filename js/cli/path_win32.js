// path_win32: node's path.win32 (Windows paths: '\' and '/' both separate,
// drive letters 'C:', UNC roots '\\server\share'), for programs on any
// platform that handle Windows paths as strings. The CLI's build only
// (js/clilibs.go); lib/path.js loads it at the first call of a path.win32
// function. Where no drive's cwd is known, the process's cwd is taken as
// node takes it on a POSIX system: '/home/x' is the rooted '\home\x'.
'use strict';

function checkString(value, name) {
  if (typeof value !== 'string') throw internal.invalidArgType(name, 'string', value);
}

const isSep = (c) => c === '/' || c === '\\';
const isDriveLetter = (c) => c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
const hasDrive = (p) => p.length >= 2 && p[1] === ':' && isDriveLetter(p[0]);

// root reads p's root: device ('C:' or '\\server\share', '' for none),
// whether p is absolute, and where the rest starts. A UNC root needs both
// the server and the share; '\\server' alone is a rooted path.
function root(p) {
  const len = p.length;
  if (len === 0) return { device: '', absolute: false, end: 0 };
  if (isSep(p[0])) {
    if (len > 1 && isSep(p[1])) {
      const unc = uncRoot(p);
      if (unc !== null) {
        const server = unc.device.slice(2, unc.device.indexOf('\\', 2));
        if (server === '.' || server === '?') return { device: `\\\\${server}`, absolute: true, end: 4 };
        return { device: unc.device, absolute: true, end: unc.end };
      }
    }
    return { device: '', absolute: true, end: 1 };
  }
  if (hasDrive(p)) {
    if (len > 2 && isSep(p[2])) return { device: p.slice(0, 2), absolute: true, end: 3 };
    return { device: p.slice(0, 2), absolute: false, end: 2 };
  }
  return { device: '', absolute: false, end: 0 };
}

// uncRoot: '\\server\share' at the start of p (two separators first), with
// the index past the share; null when the server or the share is missing.
function uncRoot(p) {
  const len = p.length;
  let i = 2;
  const serverStart = i;
  while (i < len && !isSep(p[i])) i++;
  if (i >= len || i === serverStart) return null;
  const server = p.slice(serverStart, i);
  while (i < len && isSep(p[i])) i++;
  if (i >= len) return null;
  const shareStart = i;
  while (i < len && !isSep(p[i])) i++;
  return { device: '\\\\' + server + '\\' + p.slice(shareStart, i), end: i };
}

// normalizeTail resolves '.' and '..' in a path without its root, joining
// with '\'; '..' above the start stay only when aboveRoot. As node's, a
// '..' after the segments were used up keeps nothing ('a/../..' is '').
function normalizeTail(p, aboveRoot) {
  const out = [];
  let kept = 0; // segments in out that are not '..'
  let i = 0;
  while (i <= p.length) {
    let j = i;
    while (j < p.length && !isSep(p[j])) j++;
    const seg = p.slice(i, j);
    i = j + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (kept > 0) {
        out.pop();
        kept--;
      } else if (aboveRoot) {
        out.push('..');
      }
      continue;
    }
    out.push(seg);
    kept++;
  }
  return out.join('\\');
}

function resolve(...args) {
  let device = '';
  let tail = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let p;
    if (i >= 0) {
      p = args[i];
      checkString(p, `paths[${i}]`);
      if (p.length === 0) continue;
    } else if (device.length === 0) {
      p = process.cwd();
    } else {
      // A drive's own cwd, as cmd.exe keeps it in the environment.
      p = process.env[`=${device}`] || process.cwd();
      if (p === undefined || (p.slice(0, 2).toLowerCase() !== device.toLowerCase() && p[2] === '\\')) {
        p = `${device}\\`;
      }
    }
    const r = root(p);
    if (r.device.length > 0) {
      if (device.length > 0) {
        if (r.device.toLowerCase() !== device.toLowerCase()) continue; // another drive's path
      } else {
        device = r.device;
      }
    }
    if (absolute) {
      if (device.length > 0) break;
    } else {
      tail = `${p.slice(r.end)}\\${tail}`;
      absolute = r.absolute;
      if (absolute && device.length > 0) break;
    }
  }
  tail = normalizeTail(tail, !absolute);
  return absolute ? `${device}\\${tail}` : `${device}${tail}` || '.';
}

// Windows' reserved device names: 'CON:' is a device, not a relative path.
const reservedNames = new Set(['CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3']);
// isReserved: p up to the colon at colon is a reserved name. As node's,
// with no colon (-1) it reads p without its last character.
const isReserved = (p, colon) => reservedNames.has(p.slice(0, colon).toUpperCase());

function normalize(p) {
  checkString(p, 'path');
  const len = p.length;
  if (len === 0) return '.';
  if (len === 1) return isSep(p) ? '\\' : p;
  let device;
  let absolute = false;
  let rootEnd = 0;
  if (isSep(p[0])) {
    absolute = true;
    rootEnd = 1;
    const unc = isSep(p[1]) ? uncRoot(p) : null;
    if (unc !== null) {
      const server = unc.device.slice(2, unc.device.indexOf('\\', 2));
      if (server === '.' || server === '?') {
        device = `\\\\${server}`; // a device namespace root, \\.\ or \\?\
        rootEnd = 4;
      } else if (unc.end === len) {
        return `${unc.device}\\`;
      } else {
        device = unc.device;
        rootEnd = unc.end;
      }
    }
  } else {
    const colon = p.indexOf(':');
    if (colon === 1 && isDriveLetter(p[0])) {
      device = p.slice(0, 2);
      rootEnd = 2;
      if (len > 2 && isSep(p[2])) {
        absolute = true;
        rootEnd = 3;
      }
    } else if (colon > 0 && isReserved(p, colon)) {
      device = p.slice(0, colon + 1);
      rootEnd = colon + 1;
    }
  }
  let tail = rootEnd < len ? normalizeTail(p.slice(rootEnd), !absolute) : '';
  if (tail.length === 0 && !absolute) tail = '.';
  if (tail.length > 0 && isSep(p[len - 1])) tail += '\\';
  if (!absolute && device === undefined && p.includes(':')) {
    // A relative path must not come out as one Windows reads as a drive
    // ('a/../C:x' is not 'C:x').
    if (hasDrive(tail)) return `.\\${tail}`;
    for (let k = p.indexOf(':'); k !== -1; k = p.indexOf(':', k + 1)) {
      if (k === len - 1 || isSep(p[k + 1])) return `.\\${tail}`;
    }
  }
  if (isReserved(p, p.indexOf(':'))) return `.\\${device ?? ''}${tail}`;
  if (device === undefined) return absolute ? `\\${tail}` : tail;
  return absolute ? `${device}\\${tail}` : `${device}${tail}`;
}

function isAbsolute(p) {
  checkString(p, 'path');
  if (p.length === 0) return false;
  return isSep(p[0]) || (p.length > 2 && hasDrive(p) && isSep(p[2]));
}

function join(...args) {
  if (args.length === 0) return '.';
  let joined;
  let first;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    checkString(a, 'path');
    if (a.length > 0) {
      if (joined === undefined) joined = first = a;
      else joined += `\\${a}`;
    }
  }
  if (joined === undefined) return '.';
  // A first part that starts as a UNC root ('\\server') keeps it; more
  // leading separators than that, or than the first part had, become one.
  let collapse = true;
  let lead = 0;
  if (isSep(first[0])) {
    lead++;
    if (first.length > 1 && isSep(first[1])) {
      lead++;
      if (first.length > 2) {
        if (isSep(first[2])) lead++;
        else collapse = false;
      }
    }
  }
  if (collapse) {
    while (lead < joined.length && isSep(joined[lead])) lead++;
    if (lead >= 2) joined = `\\${joined.slice(lead)}`;
  }
  return normalize(joined);
}

function relative(from, to) {
  checkString(from, 'from');
  checkString(to, 'to');
  if (from === to) return '';
  const fromFull = resolve(from);
  const toFull = resolve(to);
  if (fromFull === toFull) return '';
  const f = fromFull.toLowerCase();
  const t = toFull.toLowerCase();
  if (f === t) return '';
  // Without leading and trailing backslashes.
  let fStart = 0;
  while (fStart < f.length && f[fStart] === '\\') fStart++;
  let fEnd = f.length;
  while (fEnd - 1 > fStart && f[fEnd - 1] === '\\') fEnd--;
  const fLen = fEnd - fStart;
  let tStart = 0;
  while (tStart < t.length && t[tStart] === '\\') tStart++;
  let tEnd = t.length;
  while (tEnd - 1 > tStart && t[tEnd - 1] === '\\') tEnd--;
  const tLen = tEnd - tStart;
  const common = Math.min(fLen, tLen);
  let lastSep = -1;
  let i = 0;
  for (; i < common; i++) {
    const c = f[fStart + i];
    if (c !== t[tStart + i]) break;
    if (c === '\\') lastSep = i;
  }
  if (i !== common) {
    if (lastSep === -1) return toFull; // another drive or share
  } else {
    if (tLen > common) {
      if (t[tStart + i] === '\\') return toFull.slice(tStart + i + 1); // from is a parent of to
      if (i === 2) return toFull.slice(tStart + i); // from is a drive's root
    }
    if (fLen > common) {
      if (f[fStart + i] === '\\') lastSep = i; // to is a parent of from
      else if (i === 2) lastSep = 3; // to is a drive's root
    }
    if (lastSep === -1) lastSep = 0;
  }
  let up = '';
  for (let k = fStart + lastSep + 1; k <= fEnd; k++) {
    if (k === fEnd || f[k] === '\\') up += up.length === 0 ? '..' : '\\..';
  }
  tStart += lastSep;
  if (up.length > 0) return `${up}${toFull.slice(tStart, tEnd)}`;
  if (toFull[tStart] === '\\') tStart++;
  return toFull.slice(tStart, tEnd);
}

function toNamespacedPath(p) {
  if (typeof p !== 'string' || p.length === 0) return p;
  const full = resolve(p);
  if (full.length <= 2) return p;
  if (full[0] === '\\') {
    if (full[1] === '\\' && full[2] !== '?' && full[2] !== '.') return `\\\\?\\UNC\\${full.slice(2)}`;
  } else if (hasDrive(full) && full[2] === '\\') {
    return `\\\\?\\${full}`;
  }
  return full;
}

// rootLength: where p's root ends, for dirname and parse; for a path
// that is only a UNC root, its whole length (whole: true).
function rootLength(p) {
  const len = p.length;
  if (isSep(p[0])) {
    if (len > 1 && isSep(p[1])) {
      const unc = uncRoot(p);
      if (unc !== null) return unc.end === len ? { end: len, whole: true } : { end: unc.end + 1, whole: false };
    }
    return { end: 1, whole: false };
  }
  if (hasDrive(p)) return { end: len > 2 && isSep(p[2]) ? 3 : 2, whole: false };
  return { end: 0, whole: false };
}

function dirname(p) {
  checkString(p, 'path');
  const len = p.length;
  if (len === 0) return '.';
  if (len === 1) return isSep(p) ? p : '.';
  const r = rootLength(p);
  if (r.whole) return p;
  let end = -1;
  let sawName = false;
  for (let i = len - 1; i >= r.end; i--) {
    if (isSep(p[i])) {
      if (sawName) {
        end = i;
        break;
      }
    } else {
      sawName = true;
    }
  }
  if (end === -1) {
    if (r.end === 0) return '.';
    end = r.end;
  }
  return p.slice(0, end);
}

// lastName: [start, end) of p's last name, not before from; end is -1 when
// there is none.
function lastName(p, from) {
  let end = -1;
  for (let i = p.length - 1; i >= from; i--) {
    if (isSep(p[i])) {
      if (end !== -1) return [i + 1, end];
    } else if (end === -1) {
      end = i + 1;
    }
  }
  return [from, end];
}

function basename(p, suffix) {
  if (suffix !== undefined) checkString(suffix, 'suffix');
  checkString(p, 'path');
  const from = hasDrive(p) ? 2 : 0;
  if (suffix === undefined || suffix.length === 0 || suffix.length > p.length) {
    const [start, end] = lastName(p, from);
    return end === -1 ? '' : p.slice(start, end);
  }
  if (suffix === p) return '';
  // node matches the suffix backwards from the name's end, through
  // separators the name does not have: a mismatch keeps the name whole.
  let start = from;
  let end = -1;
  let nameEnd = -1;
  let k = suffix.length - 1;
  let sawName = false;
  for (let i = p.length - 1; i >= from; i--) {
    const c = p[i];
    if (isSep(c)) {
      if (sawName) {
        start = i + 1;
        break;
      }
    } else {
      if (nameEnd === -1) {
        sawName = true;
        nameEnd = i + 1;
      }
      if (k >= 0) {
        if (c === suffix[k]) {
          if (--k === -1) end = i;
        } else {
          k = -1;
          end = nameEnd;
        }
      }
    }
  }
  if (start === end) end = nameEnd;
  else if (end === -1) end = p.length;
  return p.slice(start, end);
}

// splitName: the extension's start in p[start, end), -1 for none ('.x'
// and '..' have none).
function extStart(p, start, end) {
  let dot = -1;
  let state = 0; // 1: a character before the last dot; -1: one after it
  for (let i = end - 1; i >= start; i--) {
    if (p[i] === '.') {
      if (dot === -1) dot = i;
      else if (state !== 1) state = 1;
    } else if (dot !== -1) {
      state = -1;
    }
  }
  if (dot === -1 || state === 0 || (state === 1 && dot === end - 1 && dot === start + 1)) return -1;
  return dot;
}

function extname(p) {
  checkString(p, 'path');
  const [start, end] = lastName(p, hasDrive(p) ? 2 : 0);
  if (end === -1) return '';
  const dot = extStart(p, start, end);
  return dot === -1 ? '' : p.slice(dot, end);
}

function format(obj) {
  if (obj === null || typeof obj !== 'object') throw internal.invalidArgType('pathObject', 'object', obj);
  const dir = obj.dir || obj.root;
  let ext = obj.ext ? obj.ext : '';
  if (ext !== '' && ext[0] !== '.') ext = '.' + ext;
  const base = obj.base || (obj.name || '') + ext;
  if (!dir) return base;
  return dir === obj.root ? dir + base : dir + '\\' + base;
}

function parse(p) {
  checkString(p, 'path');
  const out = { root: '', dir: '', base: '', ext: '', name: '' };
  const len = p.length;
  if (len === 0) return out;
  if (len === 1) {
    if (isSep(p)) out.root = out.dir = p;
    else out.base = out.name = p;
    return out;
  }
  let rootEnd = 0;
  if (isSep(p[0])) {
    rootEnd = 1;
    if (isSep(p[1])) {
      const unc = uncRoot(p);
      if (unc !== null) rootEnd = unc.end === len ? len : unc.end + 1;
    }
  } else if (hasDrive(p)) {
    if (len <= 2 || (len === 3 && isSep(p[2]))) {
      out.root = out.dir = p;
      return out;
    }
    rootEnd = isSep(p[2]) ? 3 : 2;
  }
  if (rootEnd > 0) out.root = p.slice(0, rootEnd);
  let [start, end] = lastName(p, rootEnd);
  if (end !== -1) {
    const dot = extStart(p, start, end);
    out.base = p.slice(start, end);
    if (dot === -1) {
      out.name = out.base;
    } else {
      out.name = p.slice(start, dot);
      out.ext = p.slice(dot, end);
    }
  } else {
    start = rootEnd;
  }
  out.dir = start > 0 && start !== rootEnd ? p.slice(0, start - 1) : out.root;
  return out;
}

module.exports = {
  resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename, extname, format, parse,
};
