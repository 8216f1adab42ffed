// Timeout[Symbol.toPrimitive] gives a numeric id; clearTimeout(id) cancels the timer.
const t = setTimeout(() => console.log("never"), 1);
const id = +t;
console.log(typeof id, Number.isInteger(id), id > 0);
console.log(`${t}` === String(id));
clearTimeout(id);
const u = setTimeout(() => console.log("kept"), 1);
console.log(+u !== id);
