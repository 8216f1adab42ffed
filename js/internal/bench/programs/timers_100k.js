// 100k setTimeout with delays 0–50 ms, all pending at once: scheduling and firing overhead.
const N = 1e5;
const t0 = process.hrtime.bigint();
let fired = 0;
for (let i = 0; i < N; i++) setTimeout(() => { if (++fired === N) done(); }, i % 51);
const scheduled = Number(process.hrtime.bigint() - t0) / 1e6;
function done() {
  // Firing cost: total minus the 50 ms the last timers must wait anyway.
  const total = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log('ms=' + Math.max(0, total - 50).toFixed(3) + ' schedule_ms=' + scheduled.toFixed(3));
}
