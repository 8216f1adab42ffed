// Arrays: short ones on one line, more than 6 numbers grouped in columns, empty array, nested.
console.log([]);
console.log([1, 2, 3]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 26 }, (_, i) => i * 3));
console.log([[1, 2], [3, 4]]);
console.log(["a", 1, null, undefined, true]);
