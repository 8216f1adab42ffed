// zlib: a pipeline's completion against the streams' events, the callback and promisified forms beside a stream, a decompressor fed in small chunks, and a corrupt input's error.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const { promisify } = require('util');
const input = Buffer.from('pipeline ordering '.repeat(20));
const log = [];
const step = (s) => log.push(s);

function viaPipeline(next) {
  const gz = zlib.createGzip();
  const chunks = [];
  const sink = new Writable({ write(c, e, cb) { chunks.push(c); cb(); } });
  for (const [n, s] of [['gzip', gz], ['sink', sink]]) {
    s.on('end', () => step(n + ' end'));
    s.on('finish', () => step(n + ' finish'));
    s.on('close', () => step(n + ' close'));
  }
  pipeline(Readable.from([input.subarray(0, 100), input.subarray(100)]), gz, sink, (err) => {
    step('pipeline done ' + err + ' ' + zlib.gunzipSync(Buffer.concat(chunks)).equals(input));
    next();
  });
}

function forms(next) {
  const s = zlib.createDeflate();
  s.on('data', () => {});
  s.on('end', () => step('stream end'));
  s.on('close', () => step('stream close'));
  s.on('finish', () => step('stream finish'));
  s.end(input, () => step('stream end-cb'));
  s.on('close', () => {
    zlib.deflate(input, (err, out) => {
      step('deflate cb ' + err + ' ' + zlib.inflateSync(out).equals(input));
      promisify(zlib.gzip)(input).then((out) => {
        step('gzip promise ' + zlib.gunzipSync(out).equals(input));
        next();
      });
      process.nextTick(() => step('tick'));
    });
    step('sync ' + zlib.inflateSync(zlib.deflateSync(input)).equals(input));
    setImmediate(() => step('immediate'));
  });
}

function chunked(next) {
  const packed = zlib.deflateSync(input);
  const s = zlib.createInflate();
  const out = [];
  s.on('data', (c) => out.push(c));
  s.on('finish', () => step('chunked finish'));
  s.on('end', () => step('chunked end ' + Buffer.concat(out).equals(input)));
  s.on('close', () => { step('chunked close'); next(); });
  for (let i = 0; i < packed.length; i += 7) s.write(packed.subarray(i, i + 7));
  s.end(() => step('chunked end-cb'));
}

function corrupt(next) {
  const s = zlib.createGunzip();
  s.on('data', () => step('corrupt data'));
  s.on('error', (e) => step('corrupt error ' + e.code + ' ' + e.message));
  s.on('finish', () => step('corrupt finish'));
  s.on('close', () => { step('corrupt close'); next(); });
  s.write(Buffer.from('this is not gzip'), (err) => step('corrupt write-cb ' + (err && err.code)));
  s.end(() => step('corrupt end-cb'));
}

viaPipeline(() => forms(() => chunked(() => corrupt(() => console.log(log.join('\n'))))));
