// require of a .json file is JSON.parse of its text (byte order mark skipped): "__proto__" is an own key, a trailing comma is a SyntaxError naming the file; the module is loaded.
const p = require('./lib/proto_key.json');
console.log(p, Object.keys(p), p.x, Object.getPrototypeOf(p) === Object.prototype);
console.log(require('./lib/bom.json'), require.cache[require.resolve('./lib/bom.json')].loaded);
try {
  require('./lib/trailing_comma.json');
} catch (e) {
  console.log(e.name, e.message.startsWith(require.resolve('./lib/trailing_comma.json') + ': '));
}
console.log(Object.keys(require.cache).some((k) => k.endsWith('trailing_comma.json')));
