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
  // node's require of a new module at p (at p + 'noop.js' for a directory)
  return internal.requireFrom(dir, p.endsWith('/') ? require('path').join(p, 'noop.js') : p);
}

// The CommonJS loader's internals (js/cjshooks.go). parent is a module
// object (its filename says where it requires from) or null (the working
// directory).
function parentDir(parent) {
  if (parent && typeof parent.filename === 'string') return require('path').dirname(parent.filename);
  if (parent && typeof parent.path === 'string' && parent.path !== '') return parent.path;
  return process.cwd();
}

function parentFile(parent) {
  return parent && typeof parent.filename === 'string' ? parent.filename : '/';
}

function validateString(value, name) {
  if (typeof value !== 'string') {
    const err = new TypeError('The "' + name + '" argument must be of type string. Received ' + internal.describe(value));
    internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
    throw err;
  }
}

function _resolveFilename(request, parent, isMain, options) {
  validateString(request, 'path');
  if (options && Array.isArray(options.paths)) {
    const path = require('path');
    for (const p of options.paths) {
      try {
        return internal.resolve(request, path.resolve(p), parentFile(parent));
      } catch (e) {
        if (e === null || typeof e !== 'object' || e.code !== 'MODULE_NOT_FOUND') throw e;
      }
    }
  }
  return internal.resolve(request, parentDir(parent), parentFile(parent));
}

function _load(request, parent, isMain) {
  validateString(request, 'path');
  let id = request;
  if (Module._resolveFilename !== _resolveFilename) id = Module._resolveFilename(request, parent, isMain);
  return internal.load(id, parentDir(parent), parentFile(parent));
}

function _findPath(request, paths, isMain) {
  const path = require('path');
  const list = request.startsWith('/') ? [''] : Array.isArray(paths) ? paths.map((p) => path.resolve(p)) : [];
  return internal.findPath(request, list);
}

function _nodeModulePaths(from) {
  return internal.nodeModulePaths(require('path').resolve(from));
}

function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..') {
    return [parent && typeof parent.filename === 'string' ? require('path').dirname(parent.filename) : '.'];
  }
  const paths = parent && Array.isArray(parent.paths) ? parent.paths.slice() : _nodeModulePaths('.');
  return paths.concat(Module.globalPaths);
}

// runMain loads the main module as node's does: a second call finds it in
// require.cache and runs nothing.
function runMain(main = process.argv[1]) {
  Module._load(require('path').resolve(main), null, true);
}

// register: node 20.6's module customization hooks run in a loader thread
// of node's ES module loader; evloop's loader has no hooks.
function register(specifier) {
  const err = new Error('module.register() is not supported by evloop: its ES module loader takes no customization hooks');
  internal.setErrorCode(err, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM');
  throw err;
}

const payloads = new WeakMap();
class SourceMap {
  constructor(payload) {
    if (payload === null || typeof payload !== 'object') {
      const err = new TypeError('The "payload" argument must be of type object. Received ' + internal.describe(payload));
      internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
      throw err;
    }
    payloads.set(this, { ...payload });
  }
  get payload() { return payloads.get(this); }
  findEntry() { return {}; }
}

// In node's order of Object.keys(require('module')).
Module._cache = internal.requireFrom('/', '').cache;
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null, '.js': () => {}, '.json': () => {}, '.node': () => {} };
Module.globalPaths = [];
Module._debug = function _debug() {};
Module.isBuiltin = isBuiltin;
Module._findPath = _findPath;
Module._nodeModulePaths = _nodeModulePaths;
Module._resolveLookupPaths = _resolveLookupPaths;
Module._load = _load;
Module._resolveFilename = _resolveFilename;
Module.createRequire = createRequire;
Module._initPaths = function _initPaths() {};
Module._preloadModules = function _preloadModules() {};
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.Module = Module;
Module.builtinModules = builtinModules;
Module.runMain = runMain;
Module.findSourceMap = function findSourceMap() { return undefined; };
Module.register = register;
Module.SourceMap = SourceMap;
Object.defineProperty(Module, 'wrap', {
  value: (script) => Module.wrapper[0] + script + Module.wrapper[1], writable: true, configurable: true,
});
Object.defineProperty(Module, 'wrapper', {
  value: ['(function (exports, require, module, __filename, __dirname) { ', '\n});'], writable: true, configurable: true,
});
internal.hooks(Module);

module.exports = Module;
