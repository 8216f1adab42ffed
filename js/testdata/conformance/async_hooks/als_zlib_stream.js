// AsyncLocalStorage and zlib streams: a gzip stream's data, end and finish listeners and its end() callback run in the store current when the stream was made, not the writer's; a pipeline's callback in the pipeline's; a callback form in its caller's (printed sorted at exit).
const { AsyncLocalStorage } = require('async_hooks');
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const als = new AsyncLocalStorage();
const log = [];
const note = (w) => log.push(w + ': ' + als.getStore());
const gz = als.run('made', () => zlib.createGzip());
als.run('listen', () => {
  gz.on('data', () => note('data'));
  gz.on('end', () => note('end'));
  gz.on('finish', () => note('finish'));
});
als.run('write', () => { gz.write('hello'); gz.end(' world', () => note('end callback')); });
als.run('pipeline', () => pipeline(Readable.from(['a', 'b']), zlib.createDeflate(), new Writable({ write(c, e, cb) { cb(); } }), (err) => {
  note('pipeline done ' + err);
}));
als.run('callback', () => zlib.inflate(zlib.deflateSync('x'), (e, r) => note('inflate ' + r)));
const gunzip = als.run('gunzip made', () => zlib.createGunzip());
gunzip.on('data', (d) => note('gunzip data ' + d));
als.run('gunzip write', () => gunzip.end(zlib.gzipSync('zipped')));
process.on('exit', () => console.log([...new Set(log)].sort().join('\n')));
