// gunzip/unzip trailer checks in zlib's order and words: a bad CRC is 'incorrect data check', a bad ISIZE with a good CRC 'incorrect length check' (first or later member)
const zlib = require('zlib');
const t = (name, f) => { try { console.log(name, f()); } catch (e) { console.log(name, 'ERR', e.code, e.errno, e.message); } };
const g = zlib.gzipSync('hello world');
for (let i = 1; i <= 8; i++) { const d = Buffer.from(g); d[d.length - i] ^= 1; t('flip trailer -' + i, () => zlib.gunzipSync(d).toString()); t('unzip flip -' + i, () => zlib.unzipSync(d).toString()); }
const two = Buffer.concat([g, g]); two[two.length - 2] ^= 1; t('second member length', () => zlib.gunzipSync(two).toString());
const two2 = Buffer.concat([g, g]); two2[g.length - 6] ^= 1; t('first member crc', () => zlib.gunzipSync(two2).toString());
