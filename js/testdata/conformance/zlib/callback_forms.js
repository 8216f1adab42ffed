// zlib callback forms run on the thread pool: the callback comes after the main script and its ticks; errors arrive as the callback's first argument; util.promisify works.
const zlib = require('zlib');
const util = require('util');
const data = Buffer.from('callback '.repeat(50));
zlib.gzip(data, (err, packed) => {
  console.log('gzip', err, Buffer.isBuffer(packed));
  zlib.gunzip(packed, { chunkSize: 1024 }, (err2, back) => {
    console.log('gunzip', err2, back.equals(data));
    zlib.inflate(Buffer.from('bad input'), (err3, none) => {
      console.log('inflate error', err3.code, err3.errno, err3.message, none);
      const brotli = util.promisify(zlib.brotliCompress);
      brotli(data).then((b) => util.promisify(zlib.brotliDecompress)(b)).then((b) => {
        console.log('promisified brotli', b.equals(data));
        return util.promisify(zlib.unzip)(Buffer.from('x'));
      }).catch((e) => console.log('promisified error', e.code));
    });
  });
});
process.nextTick(() => console.log('tick first'));
console.log('main done');
