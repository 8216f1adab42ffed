// console.table as node 20: Map and Set columns, wide cells collapse, properties filter, Values column, East Asian width, bad properties.
console.table(new Map([['k', { v: 1 }], [2, 'two']]));
console.table(new Set([1, 'two']));
console.table([{ a: { nested: { deep: 1 } }, b: [1, 2, 3, 4, 5] }, { a: { x: 1, y: 2, z: 3 } }]);
console.table([{ a: 1 }, { b: 2 }], ['a', 'zz']);
console.table([{ x: 1 }, 5, 'str']);
console.table([1, 2], ['a']);
console.table([{ name: 'ünïcödé', w: '中文' }, { w: '👍' }]);
console.table({ r1: { c: 1 }, r2: { c: 2, d: [1, 2] } });
console.table([[]]);
console.table(new Map());
console.table([{ a: undefined, b: null, c: Symbol('s'), d: 10n, e: function f() {} }]);
try { console.table([], 'a'); } catch (e) { console.log(e.code, e.message); }
