// A Transform whose readable side is not read holds its write callback: write() returns false and resumes once read.
const { Transform } = require('stream');
const t = new Transform({ highWaterMark: 2, transform(c, e, cb) { console.log('transform', String(c)); cb(null, c); } });
const results = [];
for (let i = 0; i < 5; i++) results.push(t.write('c' + i));
console.log('writes', results, 'wlen', t.writableLength, 'rlen', t.readableLength);
setImmediate(() => {
  console.log('before read', t.writableLength, t.readableLength);
  t.on('data', (d) => console.log('data', String(d)));
  t.on('drain', () => console.log('drain'));
  t.end(() => console.log('end cb'));
  t.on('end', () => console.log('end'));
});
