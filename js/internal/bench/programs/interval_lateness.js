// setInterval(1 ms) × 200: mean lateness against the ideal schedule.
let n = 0;
let last = process.hrtime.bigint();
let late = 0;
const iv = setInterval(() => {
  const now = process.hrtime.bigint();
  late += Math.max(0, Number(now - last) / 1e6 - 1);
  last = now;
  if (++n === 200) { clearInterval(iv); console.log('ms=' + (late / n).toFixed(4)); }
}, 1);
