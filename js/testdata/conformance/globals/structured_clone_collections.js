// structuredClone copies Map, Set, Date, RegExp (lastIndex reset), boxed primitives and nested values, keeping cycles.
const m = new Map([[{ k: 1 }, new Set([1, 'two', [3]])], ['d', new Date(0)]]);
const c = structuredClone(m);
console.log(c, c instanceof Map, c !== m);
const r = /ab+c/gi; r.lastIndex = 4;
const r2 = structuredClone(r);
console.log(r2.source, r2.flags, r2.lastIndex, r2 !== r);
console.log(structuredClone(new Date(86400000)).toISOString());
console.log(structuredClone(new Number(3)), structuredClone(new String('s')), structuredClone(new Boolean(false)));
const x = { list: [1, , 3], when: new Date(0) }; x.self = x; x.list.push(x);
const y = structuredClone(x);
console.log(y.self === y, y.list[3] === y, y !== x, 1 in y.list, y.list.length);
console.log(Object.is(structuredClone(-0), -0), structuredClone(10n), structuredClone(NaN), structuredClone(undefined));
