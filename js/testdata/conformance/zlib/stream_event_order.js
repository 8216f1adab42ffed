// zlib streams: the order of 'data', 'end', the end() callback, 'finish' and 'close', one stream at a time.
const zlib = require('zlib');
const input = Buffer.from('hello hello hello zlib ordering');
const kinds = [
  ['gzip', () => zlib.createGzip(), null],
  ['gunzip', () => zlib.createGunzip(), zlib.gzipSync(input)],
  ['deflate', () => zlib.createDeflate(), null],
  ['inflate', () => zlib.createInflate(), zlib.deflateSync(input)],
  ['brotliCompress', () => zlib.createBrotliCompress(), null],
  ['brotliDecompress', () => zlib.createBrotliDecompress(), zlib.brotliCompressSync(input)],
];
function run(i) {
  if (i === kinds.length) return;
  const [name, make, data] = kinds[i];
  const s = make();
  const log = [];
  s.on('data', () => { if (log[log.length - 1] !== 'data') log.push('data'); });
  s.on('end', () => log.push('end'));
  s.on('finish', () => log.push('finish'));
  s.on('close', () => {
    log.push('close');
    console.log(name + ':', log.join(' '));
    run(i + 1);
  });
  s.end(data || input, () => log.push('end-cb'));
}
run(0);
