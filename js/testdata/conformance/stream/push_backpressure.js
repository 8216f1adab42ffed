// push() returns false once the buffer reaches highWaterMark; _read is called again only after the consumer reads.
const { Readable } = require('stream');
let calls = 0;
const r = new Readable({ highWaterMark: 4, read(n) { calls++; console.log('_read', n, 'call', calls); } });
console.log(r.push('ab'), r.readableLength);
console.log(r.push('cd'), r.readableLength);
console.log(r.push('ef'), r.readableLength);
setImmediate(() => {
  console.log('read', String(r.read(5)), r.readableLength, 'calls', calls);
  setImmediate(() => { console.log('calls after read', calls); r.push(null); r.resume(); });
});
r.on('end', () => console.log('end'));
