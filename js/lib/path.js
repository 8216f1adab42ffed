// path: node's POSIX path functions. evloop only runs POSIX paths, so
// path.posix is this module and path.win32 fails clearly when used.
'use strict';

function checkString(value, name) {
  if (typeof value !== 'string') throw internal.invalidArgType(name, 'string', value);
}

// normalizeSegments resolves '.' and '..' in the '/'-separated p, dropping
// empty segments. Leading '..' are kept only when aboveRoot is allowed
// (relative paths).
function normalizeSegments(p, aboveRoot) {
  const out = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (aboveRoot) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out.join('/');
}

function isAbsolute(p) {
  checkString(p, 'path');
  return p.length > 0 && p[0] === '/';
}

function normalize(p) {
  checkString(p, 'path');
  if (p === '') return '.';
  const abs = p[0] === '/';
  const trailing = p[p.length - 1] === '/';
  let out = normalizeSegments(p, !abs);
  if (out === '') {
    if (abs) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) out += '/';
  return abs ? '/' + out : out;
}

function join(...parts) {
  const kept = [];
  for (const part of parts) {
    checkString(part, 'path');
    if (part !== '') kept.push(part);
  }
  return kept.length === 0 ? '.' : normalize(kept.join('/'));
}

// resolve works right to left until it has an absolute path, falling
// back to the working directory.
function resolve(...parts) {
  let joined = '';
  let abs = false;
  for (let i = parts.length - 1; i >= -1 && !abs; i--) {
    const part = i >= 0 ? parts[i] : internal.cwd();
    checkString(part, 'paths[' + i + ']');
    if (part === '') continue;
    joined = part + '/' + joined;
    abs = part[0] === '/';
  }
  const out = normalizeSegments(joined, !abs);
  if (abs) return '/' + out;
  return out === '' ? '.' : out;
}

function relative(from, to) {
  checkString(from, 'from');
  checkString(to, 'to');
  if (from === to) return '';
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const up = a.slice(common).map(() => '..');
  return up.concat(b.slice(common)).join('/');
}

// lastPart returns [start, end) of the last segment of p, ignoring
// trailing slashes.
function lastPart(p) {
  let end = p.length;
  while (end > 1 && p[end - 1] === '/') end--;
  const start = p.lastIndexOf('/', end - 1) + 1;
  return [start, end];
}

function dirname(p) {
  checkString(p, 'path');
  if (p === '') return '.';
  const [start] = lastPart(p);
  if (start === 0) return '.';
  // Keep the slashes between the directory and the last segment except
  // one, as node does ('/a//b' → '/a/'); a root of '//' stays.
  if (start === 1) return '/';
  const dir = p.slice(0, start - 1);
  if (dir === '/') return '//';
  return dir;
}

function basename(p, suffix) {
  if (suffix !== undefined) checkString(suffix, 'suffix');
  checkString(p, 'path');
  const [start, end] = lastPart(p);
  const base = p[start] === '/' ? '' : p.slice(start, end);
  if (suffix === undefined || suffix.length === 0 || suffix.length > p.length) return base;
  // node's suffix rules, quirks included: the whole path equal to the
  // suffix gives '', a segment equal to it stays, and a suffix longer
  // than the segment but ending with it keeps the trailing slashes.
  if (suffix === p) return '';
  if (base !== suffix && base.endsWith(suffix)) return base.slice(0, base.length - suffix.length);
  if (base.length < suffix.length && suffix.endsWith(base)) return base === '' ? p : p.slice(start);
  return base;
}

// splitExt returns the extension of a segment: from its last '.', unless
// that dot starts the segment or the segment is '..'.
function splitExt(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

function extname(p) {
  checkString(p, 'path');
  const [start, end] = lastPart(p);
  const base = p.slice(start, end);
  return base === '/' ? '' : splitExt(base);
}

function parse(p) {
  checkString(p, 'path');
  const out = { root: '', dir: '', base: '', ext: '', name: '' };
  if (p === '') return out;
  const abs = p[0] === '/';
  if (abs) out.root = '/';
  const [start, end] = lastPart(p);
  let base = p.slice(start, end);
  if (base === '/') base = '';
  out.base = base;
  // node gives '/..' the extension '.', and so do we.
  out.ext = base === '..' && start === 1 ? '.' : splitExt(base);
  out.name = base.slice(0, base.length - out.ext.length);
  if (start > 1) out.dir = p.slice(0, start - 1);
  else if (abs) out.dir = '/';
  return out;
}

function format(obj) {
  if (obj === null || typeof obj !== 'object') throw internal.invalidArgType('pathObject', 'object', obj);
  const dir = obj.dir || obj.root;
  let ext = obj.ext ? obj.ext : '';
  if (ext !== '' && ext[0] !== '.') ext = '.' + ext;
  const base = obj.base || (obj.name || '') + ext;
  if (!dir) return base;
  return dir === obj.root ? dir + base : dir + '/' + base;
}

function toNamespacedPath(p) {
  return p;
}

const posix = {
  resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename, extname,
  format, parse, sep: '/', delimiter: ':', win32: null, posix: null, _makeLong: toNamespacedPath,
};
posix.posix = posix;

// win32 keeps node's shape, but every function says evloop lacks it.
const win32 = { sep: '\\', delimiter: ';', win32: null, posix };
for (const name of Object.keys(posix)) {
  if (typeof posix[name] !== 'function') continue;
  win32[name] = function () {
    throw new Error('path.win32.' + name + ' is not supported by evloop: only POSIX paths are');
  };
  Object.defineProperty(win32[name], 'name', { value: name });
  Object.defineProperty(win32[name], 'length', { value: posix[name].length });
}
win32.win32 = win32;
posix.win32 = win32;

module.exports = posix;
