// Async generator functions and objects print as node prints them ([AsyncGeneratorFunction: f], Object [AsyncGenerator] {}, [object AsyncGenerator]), also with a top-level `it` in the file; the object still iterates.
const it = 'a top-level it';
async function* ag() { yield 1; }
const o = { async *m() { yield 2; } };
class K { async *m() {} static async *s() {} }
console.log(ag, ag(), Object.prototype.toString.call(ag()));
console.log(o, o.m(), new K().m, K.s, [ag()]);
const g = ag();
console.log(Object.keys(g), typeof g.next, typeof g[Symbol.asyncIterator], g[Symbol.asyncIterator]() === g);
(async () => {
  for await (const v of o.m()) console.log(v, it);
})();
