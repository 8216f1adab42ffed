// zlib: the gzip header (magic, method, no mtime, OS byte) and the zlib header per level; trailers (CRC-32, ISIZE, Adler-32) match node's.
const zlib = require('zlib');
const data = Buffer.from('hello hello hello hello evloop');
const gz = zlib.gzipSync(data);
console.log(gz.subarray(0, 4).toString('hex'), gz.readUInt32LE(4), gz[9], gz.subarray(-8).toString('hex'));
for (const level of [0, 1, 2, 5, 6, -1, 7, 9]) {
  const z = zlib.deflateSync(data, { level });
  console.log(level, z.subarray(0, 2).toString('hex'), z.subarray(-4).toString('hex'));
}
console.log(zlib.gzipSync(data, { level: 9 })[8], zlib.gzipSync(data, { level: 1 })[8]);
console.log(zlib.crc32(data).toString(16), zlib.crc32('hello'), zlib.crc32(' world', zlib.crc32('hello')) === zlib.crc32('hello world'));
