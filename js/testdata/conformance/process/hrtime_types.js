// process.hrtime returns [seconds, nanoseconds]; hrtime.bigint returns a bigint; both move forward.
const t = process.hrtime();
console.log(Array.isArray(t), t.length, typeof t[0], typeof t[1]);
const d = process.hrtime(t);
console.log(d[0] >= 0, d[1] >= 0);
const a = process.hrtime.bigint();
const b = process.hrtime.bigint();
console.log(typeof a, b >= a);
console.log(typeof performance.now(), performance.now() >= 0);
