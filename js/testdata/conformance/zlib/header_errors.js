// zlib/gzip header errors in zlib's order and words: incorrect header check, unknown compression method (zlib CM and gzip method byte), invalid window size
const zlib = require('zlib');
const t = (name, f) => { try { console.log(name, f()); } catch (e) { console.log(name, 'ERR', e.code, e.errno, e.message); } };
t('zlib method 7', () => zlib.inflateSync(Buffer.from([0x77, 0x01, 0, 0])));
for (const [a, b] of [[0x78, 0x9c], [0x87, 0x01], [0x97, 0x01], [0x79, 0x9c], [0x77, 0x9c], [0x08, 0x1d], [0xf8, 0x01]]) {
  const fix = (a << 8) | b; const b2 = b + ((31 - (fix % 31)) % 31);
  t('zlib hdr ' + a.toString(16) + ' ' + b.toString(16), () => zlib.inflateSync(Buffer.from([a, b, 0x03, 0x00])));
  t('zlib hdr fixed ' + a.toString(16) + ' ' + b2.toString(16), () => zlib.inflateSync(Buffer.from([a, b2 & 0xff, 0x03, 0x00])));
  t('unzip hdr fixed ' + a.toString(16), () => zlib.unzipSync(Buffer.from([a, b2 & 0xff, 0x03, 0x00])));
}
const g = zlib.gzipSync('hello');
for (const m of [0, 7, 8, 9]) { const d = Buffer.from(g); d[2] = m; t('gzip method ' + m, () => zlib.gunzipSync(d).toString()); t('unzip method ' + m, () => zlib.unzipSync(d).toString()); }
