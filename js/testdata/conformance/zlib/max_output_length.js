// zlib options.maxOutputLength: validated as node's (1..kMaxLength), ERR_BUFFER_TOO_LARGE from the sync and callback forms when the output passes it
const zlib = require('zlib');
function t(name, f) { try { const r = f(); console.log(name, r); } catch (e) { console.log(name, 'ERR', e.name, e.code, e.message); } }
const data = Buffer.from('hello world '.repeat(50));
const d = zlib.deflateSync(data), b = zlib.brotliCompressSync(data), gz = zlib.gzipSync(data);
t('inflate max', () => zlib.inflateSync(d, { maxOutputLength: 10 }));
t('inflate exact', () => zlib.inflateSync(d, { maxOutputLength: data.length }).length);
t('inflate one less', () => zlib.inflateSync(d, { maxOutputLength: data.length - 1 }));
t('gunzip max', () => zlib.gunzipSync(gz, { maxOutputLength: 100 }));
t('brotli max', () => zlib.brotliDecompressSync(b, { maxOutputLength: 100 }));
t('deflate max', () => zlib.deflateSync(data, { maxOutputLength: 5 }));
t('max 0', () => zlib.inflateSync(d, { maxOutputLength: 0 }));
t('max str', () => zlib.inflateSync(d, { maxOutputLength: '5' }));
t('max inf', () => zlib.inflateSync(d, { maxOutputLength: Infinity }));
t('max big', () => zlib.inflateSync(d, { maxOutputLength: 2 ** 33 }));
t('max NaN', () => zlib.inflateSync(d, { maxOutputLength: NaN }).length);
t('brotli max 0', () => zlib.brotliDecompressSync(b, { maxOutputLength: 0 }));
t('stream ignores', () => zlib.createInflate({ maxOutputLength: 1 }).constructor.name);
t('max bad stream', () => zlib.createGunzip({ maxOutputLength: -1 }));
zlib.inflate(d, { maxOutputLength: 10 }, (e, r) => {
  console.log('async', e.name, e.code, e.message, r);
  zlib.brotliDecompress(b, { maxOutputLength: data.length }, (e, r) => {
    console.log('async brotli', e, r.length);
    zlib.unzip(gz, { maxOutputLength: 599 }, (e, r) => console.log('async unzip', e.code, r));
  });
});
