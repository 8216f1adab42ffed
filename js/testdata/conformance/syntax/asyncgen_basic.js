// An async generator function in a CommonJS file: yields, awaits between yields, consumed by for await.
async function* count(n) {
  for (let i = 1; i <= n; i++) {
    await null;
    yield i * 10;
  }
  return 'end';
}
async function main() {
  const seen = [];
  for await (const v of count(3)) seen.push(v);
  console.log(seen.join(','));
  const it = count(1);
  console.log(JSON.stringify(await it.next()), JSON.stringify(await it.next()), JSON.stringify(await it.next()));
  console.log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
}
main().then(() => console.log('done'));
