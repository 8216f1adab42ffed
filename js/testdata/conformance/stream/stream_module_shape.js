// require('stream') is the legacy Stream constructor carrying the classes, helpers and promises.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough } = stream;
console.log(typeof stream, stream.Stream === stream, typeof stream.pipeline, typeof stream.finished, typeof stream.promises.pipeline);
console.log(new PassThrough() instanceof Transform, new Transform() instanceof Duplex, new Duplex() instanceof Readable);
console.log(new Duplex() instanceof Writable, new Readable() instanceof stream, new Readable() instanceof require('events'));
console.log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
console.log(new Readable().readableHighWaterMark, new Writable().writableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark);
const r = new Readable();
console.log(r.readable, r.destroyed, r.readableEnded, r.readableFlowing, r.readableLength, r.readableEncoding, r.closed, r.errored);
const w = new Writable();
console.log(w.writable, w.writableEnded, w.writableFinished, w.writableLength, w.writableCorked, w.writableNeedDrain);
console.log(stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r), require('util').promisify(stream.pipeline) === stream.promises.pipeline);
