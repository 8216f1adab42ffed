// zlib errors: bad headers, truncated input, bad checksums and bad blocks give node's code/errno/message; bad arguments give ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE.
const zlib = require('zlib');
const data = Buffer.from('hello hello hello hello evloop');
const z = zlib.deflateSync(data);
const cases = {
  'inflate garbage': () => zlib.inflateSync(Buffer.from('nope')),
  'gunzip garbage': () => zlib.gunzipSync(Buffer.from('nope')),
  'inflate truncated': () => zlib.inflateSync(z.subarray(0, 10)),
  'gunzip truncated': () => zlib.gunzipSync(zlib.gzipSync(data).subarray(0, 15)),
  'inflate bad adler': () => zlib.inflateSync(Buffer.concat([z.subarray(0, -1), Buffer.from([z[z.length - 1] ^ 1])])),
  'gunzip bad crc': () => { const g = zlib.gzipSync(data); g[g.length - 8] ^= 1; return zlib.gunzipSync(g); },
  'inflateRaw bad block': () => zlib.inflateRawSync(Buffer.from([0xff, 0xff])),
  'inflate empty': () => zlib.inflateSync(Buffer.alloc(0)),
  'number input': () => zlib.gzipSync(5),
  'object input': () => zlib.deflateSync({}),
  'level 10': () => zlib.gzipSync('x', { level: 10 }),
  'level string': () => zlib.gzipSync('x', { level: '1' }),
  'memLevel 0': () => zlib.deflateSync('x', { memLevel: 0 }),
  'windowBits 16': () => zlib.deflateSync('x', { windowBits: 16 }),
  'chunkSize 1': () => zlib.deflateSync('x', { chunkSize: 1 }),
  'options string': () => zlib.deflateSync('x', 'fast'),
};
for (const [name, f] of Object.entries(cases)) {
  try { f(); console.log(name, 'no error'); } catch (e) { console.log(name, '->', e.name, e.code, e.errno, e.message); }
}
try { zlib.gzip('x'); } catch (e) { console.log('no callback ->', e.code); }
