// for await over a sync iterator of promises (no Symbol.asyncIterator) and over a custom async iterable.
function* syncGen() { yield Promise.resolve('p1'); yield 'v2'; }
const custom = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return { next: async () => (++i <= 2 ? { value: 'c' + i, done: false } : { done: true }) };
  },
};
async function main() {
  for await (const v of syncGen()) console.log(v);
  for await (const v of custom) console.log(v);
  for await (const ch of 'hi') console.log(ch);
}
main().then(() => console.log('done'));
