// stream.pipeline with a signal: aborting destroys the streams and calls back with AbortError
const { pipeline, Readable, Writable, PassThrough } = require('stream');
const ac = new AbortController();
const src = new Readable({ read() {} });
const mid = new PassThrough();
const dst = new Writable({ write(c, e, cb) { console.log('wrote', String(c)); cb(); } });
pipeline(src, mid, dst, { signal: ac.signal }, (err) => {
  console.log('done', err && err.name, err && err.code, src.destroyed, mid.destroyed, dst.destroyed);
});
src.push('a');
setImmediate(() => ac.abort());
