// ReadableStream.from over arrays, generators and async iterables; return() is called on cancel.
(async () => {
  const out = [];
  for await (const x of ReadableStream.from([1, 2, 3])) out.push(x);
  console.log(out);
  function* gen() { try { yield 'a'; yield 'b'; yield 'c'; } finally { console.log('gen finally'); } }
  for await (const x of ReadableStream.from(gen())) { console.log(x); if (x === 'b') break; }
  const asyncIt = { i: 0, [Symbol.asyncIterator]() { return this; }, next() { return Promise.resolve(this.i < 2 ? { value: this.i++, done: false } : { done: true }); } };
  const r = ReadableStream.from(asyncIt).getReader();
  console.log(await r.read(), await r.read(), await r.read());
  const pr = ReadableStream.from([Promise.resolve('p1'), 'p2']).getReader();
  console.log(await pr.read(), await pr.read());
})();
