// module.isBuiltin and builtinModules for the modules evloop and node both have; require('module') is the Module function.
const Module = require('module');
console.log(typeof Module, Module === Module.Module, Array.isArray(Module.builtinModules));
for (const n of ['fs', 'node:fs', 'fs/promises', 'events', 'querystring', 'util/types', 'module', 'nope', 'node:nope', 'node:path', './fs']) {
  console.log(n, Module.isBuiltin(n));
}
console.log(['fs', 'path', 'events', 'util', 'querystring', 'v8', 'diagnostics_channel', 'module'].every((n) => Module.builtinModules.includes(n)));
console.log(Module.builtinModules.some((n) => n.startsWith('node:')), typeof Module.createRequire, typeof Module._cache);
console.log(require('node:module') === Module, require.cache === Module._cache);
