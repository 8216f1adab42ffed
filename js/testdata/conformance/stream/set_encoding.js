// setEncoding('utf8') keeps a multi-byte character split across pushes whole; data events are strings.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
const euro = Buffer.from('€uro');
r.on('data', (d) => console.log('data', JSON.stringify(d), typeof d));
r.on('end', () => console.log('end', r.readableEncoding));
r.push(euro.subarray(0, 1));
r.push(euro.subarray(1, 2));
r.push(euro.subarray(2));
r.push(Buffer.from([0xe2]));
r.push(null);
