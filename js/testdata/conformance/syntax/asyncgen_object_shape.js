// An async generator object is shaped as V8's: no own properties, next/return/throw/constructor two prototypes up, next on a wrong receiver rejects with a TypeError; class fields with arrows and async generator methods (yield* this) together.
class Feed {
  items = [1, 2, 3];
  onItem = (x) => this.seen.push(x);
  seen = [];
  async *[Symbol.asyncIterator]() { for (const i of this.items) { await null; yield i; } }
  async *pairs() { yield* this; yield* this.items.map((x) => x * 10); }
}
(async () => {
  const f = new Feed();
  for await (const x of f) f.onItem(x);
  console.log(f.seen);
  const out = []; for await (const p of f.pairs()) out.push(p); console.log(out);
  const gen = f.pairs();
  console.log(Object.getOwnPropertyNames(gen), Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(gen))).sort());
  console.log(gen.next.name, gen.return.length, typeof gen[Symbol.asyncIterator]);
  const AGP = Object.getPrototypeOf(Object.getPrototypeOf(gen));
  try { await AGP.next.call({}); } catch (e) { console.log(e.constructor.name); }
  console.log(await gen.throw(new Error('early')).catch((e) => 'rejected ' + e.message), await gen.next());
})();
