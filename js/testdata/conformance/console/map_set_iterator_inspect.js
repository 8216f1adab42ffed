// console.log / util.inspect of Map and Set iterators preview what is left of them, as node's do ([Map Entries], [Set Iterator], after next() and deletes, custom tags).
const util = require('util');
const m = new Map([[1, 2], ['a', { b: 1 }]]);
console.log(m.entries()); console.log(m.keys()); console.log(m.values());
const s = new Set([1, 'x']);
console.log(s.entries()); console.log(s.values()); console.log(s.keys());
console.log(util.inspect(m.entries(), { showHidden: true }));
console.log(util.inspect(s.values(), { showHidden: true }));
const it = m.entries(); it.next(); console.log(it); it.next(); console.log(it);
console.log(m[Symbol.iterator]());
console.log([m.keys()], { a: s.values() });
console.log(Object.prototype.toString.call(m.keys()));

const m2 = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const k = m2.keys(); k.next(); m2.delete(2); console.log(k);
const v = m2.values(); v.next(); m2.delete(1); console.log(v); m2.set(4, 'd'); console.log(v);
const big = new Map(Array.from({ length: 120 }, (_, i) => [i, i * 2]));
console.log(big.entries()); console.log(new Set(Array.from({ length: 105 }, (_, i) => i)).values());
console.log(util.inspect({ a: { b: { c: { d: m2.keys(), e: new Set([1]).entries() } } } }));
console.log(util.inspect(m2.entries(), { depth: 0 }), util.inspect({ x: m2.entries() }, { depth: 0 }));
const done = new Set([1]).values(); [...done]; console.log(done);
const custom = m2[Symbol.iterator](); Object.defineProperty(custom, Symbol.toStringTag, { value: 'Custom' }); console.log(custom);
custom.foo = 1; console.log(custom);
console.log(util.inspect(m2.entries(), { maxArrayLength: 1 }), util.inspect(new Set([{ a: 1 }, { b: [1, 2, { c: 3 }] }]).entries(), { compact: false }));
console.log([new Map([[{ k: 1 }, [1, 2, 3]]]).entries()]);
console.log(util.format('%o', new Set([1]).values()), util.format('%O %s', m2.keys(), m2.keys()));
class MyMap extends Map {}
console.log(new MyMap([[1, 2]]).entries());
console.log(Object.create(Object.getPrototypeOf(new Map().entries())));
// iterating after printing still gives every entry
const live = new Map([['x', 1], ['y', 2]]).entries(); console.log(live); console.log([...live]);
