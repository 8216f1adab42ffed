// zlib: stream/promises pipeline() and finished() around a brotli compressor fed by Readable.from (the last chunk, written after end(), finishes the codec: its output comes before 'finish'), then a pipeline that rejects with the codec's error.
const zlib = require('zlib');
const { pipeline, finished } = require('stream/promises');
const { Readable, Writable } = require('stream');
const log = [];
const g = zlib.createBrotliCompress();
const chunks = [];
const sink = new Writable({ write(c, e, cb) { chunks.push(c); log.push('sink write'); cb(); }, final(cb) { log.push('sink final'); cb(); } });
finished(g).then(() => log.push('gzip finished()'));
g.on('end', () => log.push('gzip end'));
g.on('finish', () => log.push('gzip finish'));
g.on('close', () => log.push('gzip close'));
sink.on('finish', () => log.push('sink finish'));
sink.on('close', () => log.push('sink close'));
pipeline(Readable.from(['a', 'b', 'c']), g, sink).then(() => {
  log.push('pipeline resolved ' + zlib.brotliDecompressSync(Buffer.concat(chunks)));
  const u = zlib.createInflateRaw();
  u.on('error', (e) => log.push('inflateRaw error ' + e.code));
  return pipeline(Readable.from([Buffer.from([0xff, 0xff, 0xff])]), u, new Writable({ write(c, e, cb) { cb(); } }));
}).catch((e) => log.push('second pipeline rejected ' + e.code + ' ' + e.message));
process.on('exit', () => console.log(log.join('\n')));
