// zlib streams emit their output in chunkSize pieces (default 16384) as node's, and drop the piece of the round that failed (a bad gzip trailer)
const zlib = require('zlib');
const big = Buffer.alloc(40000, 'abcdefghij');
function run(name, make, input, cs) {
  return new Promise((resolve) => {
    const s = make(cs ? { chunkSize: cs } : undefined); const sizes = [];
    s.on('data', (c) => sizes.push(c.length));
    s.on('error', (e) => { console.log(name, 'error', e.code, sizes.length, sizes.reduce((a, b) => a + b, 0)); resolve(); });
    s.on('end', () => { console.log(name, sizes.length, sizes.slice(0, 3), sizes.reduce((a, b) => a + b, 0)); resolve(); });
    s.end(input);
  });
}
(async () => {
  await run('gunzip', zlib.createGunzip, zlib.gzipSync(big));
  await run('gunzip 1024', zlib.createGunzip, zlib.gzipSync(big), 1024);
  await run('inflate', zlib.createInflate, zlib.deflateSync(big));
  await run('inflateRaw 100', zlib.createInflateRaw, zlib.deflateRawSync(big), 100);
  await run('brotli', zlib.createBrotliDecompress, zlib.brotliCompressSync(big));
  await run('unzip', zlib.createUnzip, zlib.deflateSync(big), 5000);
  const bad = zlib.gzipSync(big); bad[bad.length - 8] ^= 1;
  await run('gunzip bad crc', zlib.createGunzip, bad);
  await run('gunzip bad crc 64', zlib.createGunzip, bad, 64);
  await run('gunzip small bad', zlib.createGunzip, (() => { const d = zlib.gzipSync('hello'); d[d.length - 1] ^= 1; return d; })());
})();
