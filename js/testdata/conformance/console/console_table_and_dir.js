// console.dir prints like inspect (strings quoted); console.table draws a box table.
console.dir("quoted by dir");
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.table([{ a: 1, b: "x" }, { a: 2, b: "y" }]);
