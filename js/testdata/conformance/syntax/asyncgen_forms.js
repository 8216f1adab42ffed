// Async generators as methods (class, static, object literal), expressions and with computed names.
class Box {
  constructor(items) { this.items = items; }
  async *[Symbol.asyncIterator]() { for (const i of this.items) yield i; }
  static async *range(n) { for (let i = 0; i < n; i++) yield i; }
}
const obj = { async *pairs() { yield [1, 2]; yield [3, 4]; } };
const expr = async function* named() { yield named.name; };
async function main() {
  const a = [];
  for await (const v of new Box(['x', 'y'])) a.push(v);
  for await (const v of Box.range(3)) a.push(v);
  for await (const [p, q] of obj.pairs()) a.push(p + q);
  for await (const v of expr()) a.push(v);
  console.log(a.join(','));
}
main().then(() => console.log('done'));
