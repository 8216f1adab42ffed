// break and return inside for await call the iterator's return(); exhausting it does not.
function source(label, n) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next() { i++; return Promise.resolve(i <= n ? { value: i, done: false } : { value: undefined, done: true }); },
    return() { console.log(label, 'return called at', i); return Promise.resolve({ done: true }); },
  };
}
async function first() {
  for await (const v of source('returning', 5)) {
    if (v === 2) return 'returned ' + v;
  }
}
async function main() {
  for await (const v of source('breaking', 5)) {
    console.log('got', v);
    if (v === 2) break;
  }
  console.log(await first());
  for await (const v of source('exhausted', 2)) console.log('exhaust', v);
}
main().then(() => console.log('done'));
