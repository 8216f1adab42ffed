// Objects nested deeper than depth 2 print as [Object] / [Array].
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: [1, 2] } } });
console.log([[[[1]]]]);
console.log({ a: { b: { c: {} } } });
