// for await over an async generator, interleaved with a plain promise chain: the order depends on how
// many microtask hops each step takes.
async function* gen() { yield 'g1'; yield 'g2'; }
const chain = Promise.resolve()
  .then(() => console.log('p1'))
  .then(() => console.log('p2'))
  .then(() => console.log('p3'))
  .then(() => console.log('p4'));
for await (const v of gen()) console.log(v);
await chain;
console.log('end');
