// Circular references print as <ref *1> at the top and [Circular *1] at the cycle.
const a = { name: "a" };
a.self = a;
console.log(a);
const arr = [1];
arr.push(arr);
console.log(arr);
const x = { y: {} };
x.y.back = x;
console.log(x);
