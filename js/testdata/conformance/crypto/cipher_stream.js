// A Cipheriv and a Decipheriv as streams: pipeline them and read the text back.
const crypto = require('crypto');
const { pipeline, Readable, Writable } = require('stream');

const key = crypto.scryptSync('password', 'salt', 32);
const iv = Buffer.alloc(16, 5);
const chunks = [];
pipeline(
  Readable.from(['one ', 'two ', 'three ', 'four'.repeat(10)]),
  crypto.createCipheriv('aes-256-cbc', key, iv),
  crypto.createDecipheriv('aes-256-cbc', key, iv),
  new Writable({ write(c, e, cb) { chunks.push(c); cb(); } }),
  (err) => {
    console.log('done', err, Buffer.concat(chunks).toString());
    const c = crypto.createCipheriv('aes-256-cbc', key, iv);
    c.on('data', (d) => console.log('data', d.toString('hex')));
    c.on('end', () => console.log('end'));
    c.write('hello ');
    c.end('world');
    const d = crypto.createDecipheriv('aes-256-cbc', key, Buffer.alloc(16));
    d.on('error', (e) => console.log('error', e.code, e.message));
    d.end(Buffer.alloc(16, 1));
  });
