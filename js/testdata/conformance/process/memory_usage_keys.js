// process.memoryUsage() has these keys, all numbers (values are not printed).
const m = process.memoryUsage();
console.log(Object.keys(m).sort().join(","));
console.log(Object.values(m).every((v) => typeof v === "number"));
console.log(typeof process.memoryUsage.rss());
