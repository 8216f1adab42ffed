// Array.from of an array-like longer than an array can be throws node's RangeError at once (it walked 2 ** 32 indices).
for (const v of [{ length: 2 ** 32 }, { length: 1e10 }, { length: Infinity }, { length: -1 }, { length: 3, 1: 'b' }, 'abc', new Set([1])]) {
  try {
    console.log(JSON.stringify(Array.from(v)));
  } catch (e) {
    console.log(e.name, e.message);
  }
}
console.log(Array.from.name, Array.from.length, Array.from({ length: 2 }, (_, i) => i * 2));
class A extends Array {}
console.log(A.from({ length: 2 }) instanceof A);
