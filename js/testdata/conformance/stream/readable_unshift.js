// unshift() puts data back at the front; read(n) with strings after setEncoding; readableLength follows.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('hello world');
r.once('readable', () => {
  const head = r.read(5);
  console.log('head', String(head), r.readableLength);
  r.unshift(Buffer.from('HELLO'));
  console.log('after unshift', r.readableLength, String(r.read()));
  r.setEncoding('utf8');
  r.push('ü-ok');
  setImmediate(() => {
    console.log('string read', JSON.stringify(r.read(2)), r.readableLength, r.readableEncoding);
    r.unshift('Z');
    console.log(JSON.stringify(r.read()));
    r.push(null);
    r.on('end', () => console.log('end'));
    r.resume();
    r.on('error', (e) => console.log('error', e.code));
    setImmediate(() => r.unshift('late'));
  });
});
