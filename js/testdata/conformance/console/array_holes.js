// Sparse arrays show runs of holes as "<N empty items>"; extra properties follow the items.
console.log([1, , 3]);
console.log([, , , 4]);
console.log(new Array(5));
const a = [1, 2];
a.extra = "prop";
console.log(a);
