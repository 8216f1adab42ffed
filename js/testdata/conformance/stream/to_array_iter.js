// Readable.prototype.toArray collects every chunk; iterator() with destroyOnReturn false leaves the stream open.
const { Readable } = require('stream');
Readable.from([1, 2, 3]).toArray().then((a) => {
  console.log('toArray', a);
  const r = Readable.from(['x', 'y', 'z']);
  const it = r.iterator({ destroyOnReturn: false });
  return it.next().then((v) => {
    console.log('next', v);
    return it.return();
  }).then((v) => {
    console.log('return', v, r.destroyed);
    return r.toArray();
  }).then((rest) => console.log('rest', rest));
});
