// zlib sync forms: every compressor's output inflates back with its decompressor (and unzip detects gzip and zlib), for strings, Buffers, typed arrays and ArrayBuffers.
const zlib = require('zlib');
const text = 'evloop '.repeat(200) + 'ünïcødé ✓';
const pairs = [['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
  ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync'], ['brotliCompressSync', 'brotliDecompressSync']];
for (const [c, d] of pairs) {
  const packed = zlib[c](text);
  const back = zlib[d](packed);
  console.log(c, d, Buffer.isBuffer(packed), packed.length < Buffer.byteLength(text), back.toString() === text);
}
const u8 = new Uint8Array([1, 2, 3, 250]);
console.log(zlib.inflateSync(zlib.deflateSync(u8)), zlib.gunzipSync(zlib.gzipSync(u8.buffer)));
console.log(zlib.inflateSync(zlib.deflateSync(new DataView(u8.buffer, 1, 2))));
console.log(JSON.stringify(zlib.gunzipSync(zlib.gzipSync('')).toString()), zlib.inflateRawSync(zlib.deflateRawSync(Buffer.alloc(0))).length);
