// A typed array whose ArrayBuffer was transferred away (detached) reads as empty wherever a built-in takes it, never crashes.
function detached(Ctor) {
  const ab = new ArrayBuffer(16);
  const view = new Ctor(ab);
  structuredClone(ab, { transfer: [ab] });
  return view;
}
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e.code);
  }
}
const u = detached(Uint8Array);
attempt('length', () => [u.length, u.byteLength, u.byteOffset]);
attempt('inspect', () => require('util').inspect(u));
attempt('isDeepStrictEqual', () => require('util').isDeepStrictEqual(u, new Uint8Array(0)));
attempt('TextDecoder', () => JSON.stringify(new TextDecoder().decode(u)));
attempt('Buffer.concat', () => Buffer.concat([u]).length);
attempt('Buffer.byteLength', () => Buffer.byteLength(u));
attempt('Buffer.compare', () => Buffer.compare(Buffer.alloc(0), u));
attempt('createHash', () => require('crypto').createHash('sha256').update(u).digest('hex'));
attempt('StringDecoder', () => JSON.stringify(new (require('string_decoder').StringDecoder)('utf8').write(u)));
attempt('writeFileSync', () => {
  const file = require('path').join(require('os').tmpdir(), 'evloop-detached-' + process.pid);
  require('fs').writeFileSync(file, u);
  const n = require('fs').readFileSync(file).length;
  require('fs').unlinkSync(file);
  return n;
});
const f = detached(Float64Array);
attempt('float inspect', () => require('util').inspect(f));
attempt('float Buffer.from', () => Buffer.from(f).length);
require('assert').rejects(u).then(() => console.log('rejects resolved'), (e) => console.log('rejects', e.name, e.code));
