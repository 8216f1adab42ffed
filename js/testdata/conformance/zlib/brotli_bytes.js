// zlib brotli: compressed bytes equal node's (the reference encoder) for default, low and windowed quality; round trips.
const zlib = require('zlib');
const { constants } = zlib;
const data = Buffer.from('hello hello hello hello evloop '.repeat(4));
console.log(zlib.brotliCompressSync(data).toString('hex'));
console.log(zlib.brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }).toString('hex'));
console.log(zlib.brotliCompressSync('').toString('hex'));
console.log(zlib.brotliDecompressSync(zlib.brotliCompressSync(data)).equals(data));
