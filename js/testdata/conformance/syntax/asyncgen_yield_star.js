// yield* delegates to another async generator and to a sync iterable, and returns the inner return value.
async function* inner() {
  yield 'i1';
  yield 'i2';
  return 'inner result';
}
async function* outer() {
  yield 'o1';
  const r = yield* inner();
  yield 'inner said ' + r;
  yield* ['s1', Promise.resolve('s2')];
}
async function main() {
  const out = [];
  for await (const v of outer()) out.push(v);
  console.log(out.join(' | '));
}
main().then(() => console.log('done'));
