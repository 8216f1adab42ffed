// zlib streams: createGzip/createGunzip and friends are Transforms; pipeline through a compressor and a decompressor restores the input; bytesWritten counts input.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const parts = ['alpha ', 'beta ', 'gamma '.repeat(100), 'delta'];
const kinds = [['createGzip', 'createGunzip'], ['createDeflate', 'createInflate'], ['createDeflateRaw', 'createInflateRaw'],
  ['createBrotliCompress', 'createBrotliDecompress'], ['createGzip', 'createUnzip']];
function run(i) {
  if (i === kinds.length) return;
  const [c, d] = kinds[i];
  const comp = zlib[c]();
  const chunks = [];
  pipeline(Readable.from(parts), comp, zlib[d](), new Writable({
    write(chunk, enc, cb) { chunks.push(chunk); cb(); },
  }), (err) => {
    console.log(c, d, err, Buffer.concat(chunks).toString() === parts.join(''), comp.bytesWritten);
    run(i + 1);
  });
}
run(0);
const g = zlib.createGzip();
console.log(g instanceof zlib.Gzip, typeof g.pipe, typeof g.flush, typeof g.close, zlib.Gzip.name);
g.on('error', (e) => console.log('unexpected', e));
const inflater = zlib.createInflate();
inflater.on('error', (e) => console.log('stream error', e.code, e.errno, e.message));
inflater.end(Buffer.from('not zlib data'));
inflater.resume();
