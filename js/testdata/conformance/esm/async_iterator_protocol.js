// A hand-written Symbol.asyncIterator object consumed with for await.
const source = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return { next: () => Promise.resolve(i < 3 ? { value: i++, done: false } : { value: undefined, done: true }) };
  },
};
for await (const v of source) console.log('got', v);
