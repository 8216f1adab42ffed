// module: node's `module` built-in — the Module function with
// builtinModules, isBuiltin and createRequire. builtinModules lists the
// modules this evloop provides (internal.builtins), not node's full set.
'use strict';

function Module(id = '', parent) {
  this.id = id;
  this.path = id;
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  if (parent !== undefined) this.parent = parent;
}

const builtinModules = internal.builtins();
const builtinSet = new Set(builtinModules);

function isBuiltin(name) {
  if (typeof name !== 'string') return false;
  return builtinSet.has(name.startsWith('node:') ? name.slice(5) : name);
}

function invalidFilename(filename) {
  const shown = typeof filename === 'string' ? "'" + filename + "'" : require('util').inspect(filename);
  const err = new TypeError("The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received " + shown);
  internal.setErrorCode(err, 'ERR_INVALID_ARG_VALUE');
  return err;
}

// createRequire(filename) is the require of a module at filename (a path,
// a file: URL or its string); a name ending in / is a directory.
function createRequire(filename) {
  let p = filename;
  if (p !== null && typeof p === 'object' && typeof p.href === 'string') p = p.href;
  if (typeof p !== 'string') throw invalidFilename(filename);
  if (p.startsWith('file:')) {
    p = require('url').fileURLToPath(p) + (p.endsWith('/') ? '/' : '');
  } else if (!p.startsWith('/')) {
    throw invalidFilename(filename);
  }
  const dir = p.endsWith('/') ? p.replace(/\/+$/, '') || '/' : require('path').dirname(p);
  return internal.requireFrom(dir);
}

Module.Module = Module;
Module.builtinModules = builtinModules;
Module.isBuiltin = isBuiltin;
Module.createRequire = createRequire;
Module._cache = internal.requireFrom('/').cache;
Module._extensions = { __proto__: null, '.js': () => {}, '.json': () => {}, '.node': () => {} };
Module.globalPaths = [];
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.findSourceMap = function findSourceMap() { return undefined; };
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];

module.exports = Module;
