// The stream/web classes are node 20's globals too, the same objects as the module's exports; inspect shows their state.
const web = require('stream/web');
const names = ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
  'ReadableByteStreamController', 'ReadableStreamDefaultController', 'TransformStream', 'TransformStreamDefaultController',
  'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream'];
for (const n of names) console.log(n, typeof globalThis[n], globalThis[n] === web[n], require('node:stream/web')[n] === web[n]);
console.log(new ReadableStream(), new WritableStream());
console.log(new TransformStream());
const rs = new ReadableStream();
console.log(rs.getReader());
console.log(Object.prototype.toString.call(rs), String(new WritableStream().getWriter()));
console.log(Object.keys(ReadableStream.prototype), Object.keys(WritableStream.prototype));
