// for await over an async generator.
async function* count(n) {
  for (let i = 1; i <= n; i++) {
    await null;
    yield i;
  }
}
for await (const v of count(3)) console.log('value', v);
console.log('done');
