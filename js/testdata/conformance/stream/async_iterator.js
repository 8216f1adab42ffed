// A Readable's async iterator yields each chunk, ends with done, and destroys the stream when returned early.
const { Readable } = require('stream');
const r = Readable.from(['a', 'b', 'c', 'd']);
const it = r[Symbol.asyncIterator]();
const out = [];
function step() {
  it.next().then(({ value, done }) => {
    if (done) {
      console.log('done', out, r.destroyed);
      early();
      return;
    }
    out.push(value);
    step();
  });
}
step();
function early() {
  const r2 = new Readable({ read() {} });
  r2.push('x'); r2.push('y');
  r2.on('close', () => console.log('r2 close'));
  const it2 = r2[Symbol.asyncIterator]();
  it2.next().then((v) => {
    console.log('first', String(v.value), v.done);
    return it2.return();
  }).then((v) => console.log('returned', v, r2.destroyed));
}
