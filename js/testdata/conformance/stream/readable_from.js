// Readable.from over arrays, generators, strings and async iterables yields objects in order; a null value is an error.
const { Readable } = require('stream');
function* gen() { yield 1; yield 2; }
const asyncIt = { [Symbol.asyncIterator]() { let i = 0; return { next: () => Promise.resolve(i < 2 ? { value: 'a' + i++, done: false } : { done: true }) }; } };
const run = (name, r) => new Promise((resolve) => {
  const got = [];
  r.on('data', (d) => got.push(d));
  r.on('end', () => { console.log(name, got, r.readableObjectMode); resolve(); });
  r.on('error', (e) => { console.log(name, 'error', e.code); resolve(); });
});
run('array', Readable.from([1, 'x', { y: 1 }]))
  .then(() => run('gen', Readable.from(gen())))
  .then(() => run('string', Readable.from('whole string')))
  .then(() => run('async', Readable.from(asyncIt)))
  .then(() => run('null', Readable.from([1, null, 2])))
  .then(() => { try { Readable.from(5); } catch (e) { console.log(e.code, e.message); } });
