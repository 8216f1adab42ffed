// structuredClone and util.types tell an object's kind by its internal
// slot, calling nothing a program can replace (node's are natives), and
// neither a prototype nor Symbol.toStringTag fools them.
let calls = 0;
const count = (proto, name) => {
  const orig = proto[name];
  proto[name] = function (...args) { calls++; return orig.apply(this, args); };
};
count(WeakMap.prototype, 'has');
count(WeakSet.prototype, 'has');
count(Date.prototype, 'getTime');
count(Number.prototype, 'valueOf');
count(String.prototype, 'valueOf');
const c = structuredClone({
  a: [{ b: 1 }, { c: new Map([[1, { d: 2 }]]) }], s: new Set([1]),
  d: new Date(5), n: Object(3), str: Object('x'), r: /a+/gi,
});
console.log(JSON.stringify(c.a), c.a[1].c.get(1).d, c.s.has(1), c.d.getTime(), typeof c.n, c.str.length, String(c.r));
console.log('calls', calls);

const types = require('util').types;
const samples = {
  plain: {}, nullProto: Object.create(null), array: [], map: new Map(), set: new Set(),
  mapLike: Object.create(Map.prototype), subMap: new (class extends Map {})(),
  date: new Date(0), dateLike: Object.create(Date.prototype), re: /x/, reProto: RegExp.prototype,
  num: Object(1), numProto: Number.prototype, str: Object('s'), strProto: String.prototype,
  bool: Object(false), boolProto: Boolean.prototype, sym: Object(Symbol('q')), big: Object(1n),
  ab: new ArrayBuffer(2), dv: new DataView(new ArrayBuffer(2)), u8: new Uint8Array(2),
  wm: new WeakMap(), ws: new WeakSet(), pending: new Promise(() => {}), done: Promise.resolve(1),
  promiseLike: Object.create(Promise.prototype), proxy: new Proxy(new Map(), {}),
  fakeTag: { [Symbol.toStringTag]: 'Map' }, err: new TypeError('t'), gen: (function* () {})(),
};
const checks = ['isMap', 'isSet', 'isDate', 'isRegExp', 'isNumberObject', 'isStringObject', 'isBooleanObject',
  'isSymbolObject', 'isBigIntObject', 'isBoxedPrimitive', 'isArrayBuffer', 'isAnyArrayBuffer', 'isDataView',
  'isWeakMap', 'isWeakSet', 'isPromise', 'isProxy', 'isNativeError', 'isGeneratorObject'];
for (const [name, v] of Object.entries(samples)) {
  console.log(name.padEnd(12), checks.filter((c) => types[c](v)).join(' ') || '-');
}
console.log('calls', calls);
for (const v of [1, 'a', null, undefined, true, Symbol('s'), 1n]) {
  if (checks.some((c) => types[c](v))) console.log('primitive', typeof v);
}
