// A Transform upper-cases chunks and flushes a trailer; its readable and writable events interleave as in node.
const { Transform } = require('stream');
const t = new Transform({
  transform(chunk, enc, cb) { console.log('transform', String(chunk)); cb(null, String(chunk).toUpperCase()); },
  flush(cb) { console.log('flush'); cb(null, '!'); },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => console.log('event', ev));
t.on('data', (d) => console.log('data', String(d)));
t.write('ab');
t.write('cd');
t.end('ef');
console.log('sync done');
