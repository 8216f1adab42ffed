// module.createRequire from a path, a file URL string, a URL object or a directory; relative names rejected with ERR_INVALID_ARG_VALUE.
const { createRequire } = require('module');
const path = require('path');
const r = createRequire(__filename);
console.log(typeof r, typeof r.resolve, r('path') === require('path'), path.basename(r.resolve('./module_create_require.js')));
const fromUrl = createRequire('file://' + __dirname + '/x.js');
console.log(path.basename(fromUrl.resolve('./module_create_require.js')));
const fromObj = createRequire(new URL('file://' + __dirname + '/'));
console.log(path.basename(fromObj.resolve('./module_create_require.js')), fromObj('events') === require('events'));
for (const bad of ['rel/x.js', 5, undefined]) {
  try { createRequire(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
