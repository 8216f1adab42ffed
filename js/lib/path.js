// path: node's POSIX path functions; path.posix is this module, path.win32
// node's Windows ones (cli/path_win32.js).
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


// matchesGlob (experimental in node 20.17): node hands the pattern to
// minimatch with nonegate, nocomment and optimizationLevel 2, case
// sensitive on POSIX. This is that matching: braces expanded, the path
// and pattern cut at slashes ('.' and empty segments dropped, "a/.."
// folded), '**' for any number of segments not starting with a dot, and
// each other segment a regular expression of *, ?, [...] and extglobs.
let globWarned = false;
function matchesGlob(path, pattern) {
  checkString(path, 'path');
  checkString(pattern, 'pattern');
  if (!globWarned) {
    globWarned = true;
    process.emitWarning('glob is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  if (pattern === '') return path === '';
  // node passes windowsPathsNoEscape: a backslash is a separator.
  pattern = pattern.replace(/\\/g, '/');
  const file = foldSegments(path.split('/'));
  for (const p of expandBraces(pattern)) {
    const parts = foldSegments(p.split('/'));
    const compiled = [];
    for (let i = 0; i < parts.length; i++) {
      if (parts[i] === '**') {
        if (compiled[compiled.length - 1] !== GLOBSTAR) compiled.push(GLOBSTAR);
      } else {
        compiled.push(globSegment(parts[i]));
      }
    }
    if (globMatchParts(file, 0, compiled, 0)) return true;
  }
  return false;
}

const GLOBSTAR = { __proto__: null };

function foldSegments(parts) {
  let again = true;
  while (again) {
    again = false;
    for (let i = 1; i < parts.length - 1; i++) {
      if (i === 1 && parts[i] === '' && parts[0] === '') continue;
      if (parts[i] === '.' || parts[i] === '') { parts.splice(i, 1); i--; again = true; }
    }
    if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) { parts.pop(); again = true; }
    for (let dd = parts.indexOf('..', 1); dd !== -1; dd = parts.indexOf('..', dd + 1)) {
      const q = parts[dd - 1];
      if (q && q !== '.' && q !== '..' && q !== '**') { parts.splice(dd - 1, 2); dd -= 2; again = true; }
    }
  }
  return parts.length === 0 ? [''] : parts;
}

function hiddenSegment(f) { return f === '.' || f === '..' || f[0] === '.'; }

function globMatchParts(file, fi, pattern, pi) {
  for (; fi < file.length && pi < pattern.length; fi++, pi++) {
    const p = pattern[pi];
    const f = file[fi];
    if (p === GLOBSTAR) {
      if (pi + 1 === pattern.length) {
        for (; fi < file.length; fi++) if (hiddenSegment(file[fi])) return false;
        return true;
      }
      for (let fr = fi; fr < file.length; fr++) {
        if (globMatchParts(file, fr, pattern, pi + 1)) return true;
        if (hiddenSegment(file[fr])) break;
      }
      return false;
    }
    if (typeof p === 'string' ? f !== p : !p.test(f)) return false;
  }
  if (fi === file.length && pi === pattern.length) return true;
  if (fi === file.length) return false;
  return pi === pattern.length && fi === file.length - 1 && file[fi] === '';
}

// expandBraces: {a,b} and {1..3}/{a..c} ranges, nested; a brace with
// neither stays as written.
function expandBraces(pattern) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') { if (depth++ === 0) open = i; } else if (c === '}' && depth > 0 && --depth === 0) {
      const body = pattern.slice(open + 1, i);
      const pre = pattern.slice(0, open);
      const rest = expandBraces(pattern.slice(i + 1));
      const alts = braceAlternatives(body);
      if (alts === null) return expandBraces(pattern.slice(i + 1)).map((r) => pre + '{' + body + '}' + r);
      const out = [];
      for (const a of alts) for (const x of expandBraces(pre + a)) for (const r of rest) out.push(x + r);
      return out;
    }
  }
  return [pattern];
}

function braceAlternatives(body) {
  const range = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])$/.exec(body);
  if (range) {
    const num = /\d/.test(range[1]);
    if (num !== /\d/.test(range[2])) return null;
    const a = num ? Number(range[1]) : range[1].charCodeAt(0);
    const b = num ? Number(range[2]) : range[2].charCodeAt(0);
    const out = [];
    for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? 1 : -1) out.push(num ? String(v) : String.fromCharCode(v));
    return out;
  }
  const alts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) { alts.push(body.slice(start, i)); start = i + 1; }
  }
  if (alts.length === 0) return null;
  alts.push(body.slice(start));
  return alts;
}

const reGlobMagic = /[*?[]|[@!+](?=\()/;
const reRegExpChar = /[-[\]{}()*+?.,\\^$|#\s]/g;

// globSegment: one segment of a pattern, a string when it has no magic,
// else a RegExp for the whole segment.
function globSegment(seg) {
  if (!reGlobMagic.test(seg)) return seg;
  let re = '';
  let i = 0;
  const body = (stop) => {
    let out = '';
    while (i < seg.length) {
      const c = seg[i];
      if (stop && (c === '|' || c === ')')) return out;
      if ('@!+*?'.includes(c) && seg[i + 1] === '(') {
        const kind = c;
        i += 2;
        const alts = [body(true)];
        while (seg[i] === '|') { i++; alts.push(body(true)); }
        i++; // ')'
        const group = '(?:' + alts.join('|') + ')';
        if (kind === '@') out += group;
        else if (kind === '?') out += group + '?';
        else if (kind === '+') out += group + '+';
        else if (kind === '*') out += group + '*';
        else {
          // !(x): anything but x followed by the rest of the segment.
          const rest = body(stop);
          out += '(?:(?!' + group + rest + '$)[^/]*?)' + rest;
          return out;
        }
        continue;
      }
      i++;
      if (c === '*') { while (seg[i] === '*') i++; out += '[^/]*?'; continue; }
      if (c === '?') { out += '[^/]'; continue; }
      if (c === '[') {
        const end = seg.indexOf(']', i + (seg[i] === ']' || ((seg[i] === '!' || seg[i] === '^') && seg[i + 1] === ']') ? 2 : 1) - 1);
        if (end > i - 1 && end !== -1) {
          let cls = seg.slice(i, end);
          let neg = false;
          if (cls[0] === '!' || cls[0] === '^') { neg = true; cls = cls.slice(1); }
          out += '[' + (neg ? '^' : '') + cls.replace(/[\\\]^]/g, (m, off) => (m === ']' && off === 0 ? '\\]' : '\\' + m)) + ']';
          i = end + 1;
          continue;
        }
        out += '\\[';
        continue;
      }
      out += c.replace(reRegExpChar, '\\$&');
    }
    return out;
  };
  re = body(false);
  const lead = seg[0] === '.' ? '' : '(?!\\.)';
  return new RegExp('^' + lead + '(?=.)' + re + '$');
}

const posix = {
  resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename, extname,
  format, parse, matchesGlob, sep: '/', delimiter: ':', win32: null, posix: null, _makeLong: toNamespacedPath,
};
posix.posix = posix;

// win32: Windows paths (cli/path_win32.js, loaded at the first call; the
// page's build has no such file and says so). matchesGlob is posix's only.
let win32Impl;
const win32 = { sep: '\\', delimiter: ';', win32: null, posix };
for (const name of Object.keys(posix)) {
  if (typeof posix[name] !== 'function') continue;
  win32[name] = function (...args) {
    if (name === 'matchesGlob') {
      throw new Error('path.win32.matchesGlob is not supported by evloop: only POSIX paths are');
    }
    if (win32Impl === undefined) {
      try {
        win32Impl = internal.lib('path_win32.js');
      } catch {
        throw new Error('path.win32.' + name + ' is not supported by evloop\'s page: only POSIX paths are');
      }
    }
    return win32Impl[name](...args);
  };
  Object.defineProperty(win32[name], 'name', { value: name });
  Object.defineProperty(win32[name], 'length', { value: posix[name].length });
}
win32._makeLong = win32.toNamespacedPath;
win32.win32 = win32;
posix.win32 = win32;

module.exports = posix;
