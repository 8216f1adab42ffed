// An interval reschedules itself from the loop time taken before its callback; a slow callback
// (10 ms busy-wait against a 1 ms interval) still runs at most once per timers pass, never in a
// catch-up burst. A chain of immediates counts iterations; no two runs share one.
let iterations = 0;
let n = 0;
const runsAt = [];
const iv = setInterval(() => {
  n++;
  runsAt.push(iterations);
  const end = Date.now() + 10;
  while (Date.now() < end) {}
  if (n === 4) {
    clearInterval(iv);
    console.log("runs", runsAt.length, "distinct iterations", new Set(runsAt).size);
  }
}, 1);
setImmediate(function check() {
  iterations++;
  if (n < 4) setImmediate(check);
});
