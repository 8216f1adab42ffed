// module internals tools use: _resolveFilename, _load, _findPath, _nodeModulePaths,
// _resolveLookupPaths, runMain; a replaced _resolveFilename or _load sees every require.
const Module = require('module');
const path = require('path');
console.log(Object.keys(Module).join(' '));
console.log(Module._resolveFilename.length, Module._load.length, Module._findPath.length, Module._nodeModulePaths.length, Module.runMain.length, Module.register.length);
console.log(Module._nodeModulePaths('/a/node_modules/b/c'));
console.log(Module._findPath('./' + path.basename(__filename), [__dirname]) === __filename, Module._findPath('nope', [__dirname]), Module._findPath(__filename.slice(0, -3)) === __filename);
try { Module._resolveFilename('./zz', module); } catch (e) { console.log(e.message.split('\n')[0], e.code, e.requireStack.length); }
console.log(Module._resolveFilename('fs', null), Module._resolveFilename('node:fs', null), Module._resolveFilename('./' + path.basename(__filename), module) === __filename);
console.log(Module._load('path', module) === path, Module._load('./' + path.basename(__filename), module) === module.exports);
try { Module._resolveFilename(1) } catch (e) { console.log(e.code, e.message); }
// a hook that aliases a name, as module-alias does
const orig = Module._resolveFilename;
Module._resolveFilename = function (request, parent, isMain, options) {
  if (request === '@alias/p') request = 'path';
  return orig.call(this, request, parent, isMain, options);
};
console.log(require('@alias/p') === path, require.resolve('@alias/p'));
Module._resolveFilename = orig;
try { require('@alias/p'); } catch (e) { console.log(e.code); }
const origLoad = Module._load;
const seen = [];
Module._load = function (request, parent, isMain) {
  seen.push(request + ' ' + (parent && parent.filename === __filename));
  if (request === 'mocked') return { mocked: true };
  return origLoad.apply(this, arguments);
};
console.log(require('mocked'), require('util') === require('node:util'));
Module._load = origLoad;
console.log(seen);
console.log(require.resolve('./module_internals', { paths: [__dirname] }) === __filename);
console.log(typeof Module.SourceMap, Module.runMain() === undefined);
try { Module.register('./x.mjs', 'file:///'); } catch (e) { console.log(typeof e.message); }
console.log(Module._resolveLookupPaths('./x', module).length, Module._resolveLookupPaths('fs', module));
