// zlib compression stream: flush() pushes out what was written so far (a sync flush), which a decompressor of the bytes so far can read.
const zlib = require('zlib');
const d = zlib.createDeflateRaw();
const out = [];
d.on('data', (c) => out.push(c));
d.write('first part, ');
d.flush(() => {
  const sofar = Buffer.concat(out);
  const inf = zlib.createInflateRaw();
  console.log('flushed bytes > 0:', sofar.length > 0);
  d.end('second part');
  d.on('end', () => {
    console.log(zlib.inflateRawSync(Buffer.concat(out)).toString());
    inf.destroy();
  });
});
