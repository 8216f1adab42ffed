// Timeout#hasRef reflects ref/unref; ref and unref return the Timeout itself; same for Immediate.
const t = setTimeout(() => {}, 1);
console.log(t.hasRef());
console.log(t.unref() === t, t.hasRef());
console.log(t.ref() === t, t.hasRef());
const i = setImmediate(() => {});
console.log(i.hasRef());
console.log(i.unref() === i, i.hasRef());
console.log(i.ref() === i, i.hasRef());
