// An async generator's return() (and a for await loop left with break) runs the whole finally block, awaits in it included, after awaiting the value; the result is { value, done: true }.
async function* gen() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('finally');
    await null;
    console.log('finally after await');
  }
}
(async () => {
  const g = gen();
  await g.next();
  const r = g.return(7);
  console.log('return called');
  console.log(await r);
  for await (const v of gen()) {
    console.log('v', v);
    break;
  }
  console.log('after break');
  const g2 = gen();
  console.log(await g2.return(Promise.resolve('before start')), await g2.next());
})();
