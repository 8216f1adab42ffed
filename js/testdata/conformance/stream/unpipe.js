// unpipe() stops the flow to one destination: 'unpipe' is emitted, the source pauses, the destination is not ended.
const { Readable, PassThrough } = require('stream');
const src = new Readable({ read() {} });
const a = new PassThrough(), b = new PassThrough();
a.on('unpipe', (s) => console.log('a unpipe', s === src));
b.on('pipe', (s) => console.log('b pipe', s === src));
a.on('data', (d) => console.log('a data', String(d)));
b.on('data', (d) => console.log('b data', String(d)));
a.on('finish', () => console.log('a finish'));
b.on('finish', () => console.log('b finish'));
src.pipe(a);
src.pipe(b);
src.push('one');
setImmediate(() => {
  src.unpipe(a);
  console.log('flowing', src.readableFlowing);
  src.push('two');
  src.push(null);
  src.resume();
});
