// 1M recursive process.nextTick.
const N = 1e6;
const t0 = process.hrtime.bigint();
let n = 0;
function tick() { if (++n < N) process.nextTick(tick); else console.log('ms=' + Number(process.hrtime.bigint() - t0) / 1e6); }
process.nextTick(tick);
