// eventLoopUtilization returns idle/active/utilization (deltas between two readings add up); monitorEventLoopDelay is a histogram that enable/disable toggle and that does not keep the loop alive.
const { performance, monitorEventLoopDelay } = require('perf_hooks');
const u1 = performance.eventLoopUtilization();
console.log(Object.keys(u1).join(','), u1.idle >= 0, u1.active >= 0, u1.utilization >= 0 && u1.utilization <= 1);
const h = monitorEventLoopDelay({ resolution: 5 });
console.log(h.enable(), h.enable(), typeof h.percentile, h.count >= 0);
setTimeout(() => {
  const u2 = performance.eventLoopUtilization();
  const d = performance.eventLoopUtilization(u2, u1);
  console.log(u2.idle >= u1.idle, typeof u2.idle === 'number', Math.abs(d.idle - (u2.idle - u1.idle)) < 1e-6, d.utilization >= 0 && d.utilization <= 1);
  console.log(h.disable(), h.disable(), h.count >= 0, h.min > 0, typeof h.mean);
  monitorEventLoopDelay().enable();
}, 30);
for (const bad of [{ resolution: 0 }, { resolution: 'x' }]) {
  try { monitorEventLoopDelay(bad); } catch (e) { console.log(e.code); }
}
