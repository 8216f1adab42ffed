// The 'readable' event: read() in a loop drains the buffer, then 'end'; read(n) waits for n bytes.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('readable', () => {
  let chunk;
  console.log('readable', r.readableLength);
  while ((chunk = r.read(3)) !== null) console.log('read', String(chunk));
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
r.push('abcdefg');
setTimeout(() => { r.push('hi'); r.push(null); }, 5);
