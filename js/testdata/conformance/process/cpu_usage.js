// process.cpuUsage: real user/system microseconds that only grow, and the difference from a previous value
const a = process.cpuUsage();
console.log(Object.keys(a), Number.isInteger(a.user), Number.isInteger(a.system), a.user > 0, a.system >= 0);
// Busy until 10ms of CPU time have passed (bounded: no clock involved).
let i = 0; let s = ''; while (i++ < 2e7) { s = (s + i).slice(-20); if (i % 1000 === 0 && process.cpuUsage(a).user + process.cpuUsage(a).system >= 10000) break; }
console.log('spun', i < 2e7);
const b = process.cpuUsage();
console.log(b.user >= a.user, b.system >= a.system, b.user + b.system - a.user - a.system >= 10000);
const d = process.cpuUsage(a);
console.log(d.user >= b.user - a.user, d.system >= 0, d.user + d.system >= 10000, d.user <= b.user + 1e6);
for (const bad of [1, 'x', { user: 1 }, { user: -1, system: 0 }, { user: 1, system: NaN }, { user: '1', system: 1 }, { user: Infinity, system: 1 }]) {
  try { process.cpuUsage(bad); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(process.cpuUsage(null).user > 0, process.cpuUsage(0).user > 0, process.cpuUsage.length);
const r = process.resourceUsage();
console.log(Object.keys(r).join());
console.log(Object.values(r).every((v) => typeof v === 'number' && v >= 0), r.userCPUTime > 0, r.maxRSS >= 0);
