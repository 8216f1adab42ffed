// The iterator helpers map, filter, flatMap, take, drop, reduce, some, every, find, forEach, asIndexedPairs, and their errors.
const { Readable } = require('stream');
const src = () => Readable.from([1, 2, 3, 4, 5]);
src().map((x) => x * 2).toArray().then((a) => console.log('map', a))
  .then(() => src().filter(async (x) => x % 2).toArray()).then((a) => console.log('filter', a))
  .then(() => src().flatMap((x) => [x, x]).take(5).toArray()).then((a) => console.log('flatMap take', a))
  .then(() => src().drop(3).toArray()).then((a) => console.log('drop', a))
  .then(() => src().reduce((a, b) => a + b, 10)).then((v) => console.log('reduce', v))
  .then(() => src().reduce((a, b) => a * b)).then((v) => console.log('reduce no init', v))
  .then(() => Readable.from([]).reduce((a, b) => a + b)).catch((e) => console.log('empty reduce', e.code, e.message))
  .then(() => Promise.all([src().some((x) => x > 4), src().every((x) => x > 0), src().find((x) => x > 2), src().find((x) => x > 9)])).then((v) => console.log('some/every/find', v))
  .then(() => src().asIndexedPairs().toArray()).then((a) => console.log('pairs', a))
  .then(() => { const seen = []; return src().forEach((x) => seen.push(x)).then(() => console.log('forEach', seen)); })
  .then(() => { try { src().map(1); } catch (e) { console.log(e.code, e.message); } try { src().take(-1); } catch (e) { console.log(e.code, e.message); } });
setTimeout(() => {
  Readable.from([1]).forEach(1).catch((e) => console.log('forEach', e.code, e.message));
  Readable.from([1]).reduce(1).catch((e) => console.log('reduce', e.message));
  Readable.from([1]).some(null).catch((e) => console.log('some', e.message));
  Readable.from([1, 2]).forEach((x) => { if (x === 2) throw new Error('in fn'); }).catch((e) => console.log('fn threw', e.message));
}, 20);
