// cork() buffers writes and uncork() hands them to _writev in one call.
const { Writable } = require('stream');
const w = new Writable({
  write(c, e, cb) { console.log('_write', String(c)); cb(); },
  writev(chunks, cb) { console.log('_writev', chunks.map((c) => String(c.chunk) + '/' + c.encoding)); cb(); },
});
w.cork();
w.write('a');
w.write('b');
w.write('c', () => console.log('cb c'));
console.log('corked', w.writableCorked, w.writableLength);
process.nextTick(() => { w.uncork(); console.log('uncorked', w.writableLength); w.end('d'); });
w.on('finish', () => console.log('finish'));
