// Objects with a null prototype print as "[Object: null prototype] { ... }".
const o = Object.create(null);
o.x = 1;
console.log(o);
console.log(Object.create(null));
