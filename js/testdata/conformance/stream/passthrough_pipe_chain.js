// A chain of PassThroughs moves 100 KiB with backpressure; every byte arrives and the ends come in order.
const { Readable, PassThrough, Writable } = require('stream');
let n = 0;
const src = new Readable({ read() { if (n < 100) { this.push(Buffer.alloc(1024, n % 256)); n++; } else this.push(null); } });
let total = 0, sum = 0, writes = 0;
const sink = new Writable({ highWaterMark: 2048, write(c, e, cb) { total += c.length; sum += c[0]; writes++; setImmediate(cb); } });
const a = new PassThrough(), b = new PassThrough();
for (const [name, s] of [['src', src], ['a', a], ['b', b]]) s.on('end', () => console.log(name, 'end'));
sink.on('finish', () => console.log('finish', total, sum, writes > 0));
src.pipe(a).pipe(b).pipe(sink);
