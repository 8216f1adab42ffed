// require() of an ES module as node 20.19+ gives it: a module with a default export gets a namespace with __esModule: true (live, cached), an export named "module.exports" is the value itself.
const util = require('util');
const withDefault = require('./lib/esm_req/with_default.mjs');
console.log(withDefault, Object.keys(withDefault), withDefault.__esModule, util.types.isModuleNamespaceObject(withDefault));
withDefault.inc();
console.log(withDefault.count, require('./lib/esm_req/with_default.mjs') === withDefault);
const cached = require.cache[require.resolve('./lib/esm_req/with_default.mjs')];
console.log(cached.exports === withDefault, cached.loaded);
console.log(require('./lib/esm_req/no_default.mjs'), require('./lib/esm_req/no_default.mjs').__esModule);
console.log(require('./lib/esm_req/module_exports.mjs'));
console.log(require('./lib/esm_req/own_flag.mjs'));
import('./lib/esm_req/with_default.mjs').then((ns) => console.log(ns === withDefault, ns, '__esModule' in ns));
