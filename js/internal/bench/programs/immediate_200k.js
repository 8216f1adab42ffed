// 200k recursive setImmediate: one check phase per iteration.
const N = 2e5;
const t0 = process.hrtime.bigint();
let n = 0;
function again() { if (++n < N) setImmediate(again); else console.log('ms=' + Number(process.hrtime.bigint() - t0) / 1e6); }
setImmediate(again);
