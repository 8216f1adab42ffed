// require as node's: the require stack in MODULE_NOT_FOUND, module.parent/children/paths/require, require.resolve.paths, id checks, node: errors, JSON modules parsed with JSON.parse.
const rel = (p) => p.split(__dirname).join('<dir>');
const c = require('./lib/h2_require_child');
console.log(c, module.children.length, rel(module.children[0].id), module.parent, module.require('./lib/h2_require_child') === c);
console.log(Object.keys(module), Object.keys(require), typeof require.extensions['.js']);
try { require('node:h2-nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { require.resolve('h2-nope-pkg'); } catch (e) { console.log(e.name, e.code, JSON.stringify(rel(e.message)), e.requireStack.map(rel)); }
for (const bad of ['', 5]) {
  try { require(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(require.resolve.paths('fs'), require.resolve.paths('./x').map(rel), require.resolve.paths('pkg').slice(0, 1).map(rel));
const good = require('./lib/h2_good.json');
console.log(good, Object.keys(good), Object.getPrototypeOf(good) === Object.prototype);
for (const f of ['./lib/h2_bad.json', './lib/h2_js.json']) {
  try { require(f); } catch (e) { console.log(e.name, rel(e.message)); }
}
