// Modules that are other modules' exports under a second name: sys, assert/strict, path/posix, path/win32, _stream_*.
const stream = require('stream');
console.log(require('sys') === require('util'), require('node:sys') === require('util'));
console.log(require('assert/strict') === require('assert').strict, require('assert/strict') === require('assert/strict'));
console.log(require('path/posix') === require('path').posix, require('path/win32') === require('path').win32);
console.log(require('path/posix').join('/a', 'b'), require('path/win32').sep);
console.log(require('_stream_readable') === stream.Readable, require('_stream_writable') === stream.Writable,
  require('_stream_duplex') === stream.Duplex, require('_stream_transform') === stream.Transform,
  require('_stream_passthrough') === stream.PassThrough);
try { require('assert/strict').equal(1, '1'); } catch (e) { console.log(e.code, e.name); }
const { isBuiltin, builtinModules } = require('module');
for (const n of ['sys', 'assert/strict', 'path/posix', 'path/win32', '_stream_readable', 'stream/consumers', 'stream/web'])
  console.log(n, isBuiltin(n), builtinModules.includes(n));
