// perf_hooks.createHistogram: record, min/max/mean/stddev/count, percentile and the percentiles map, reset, validation.
const { createHistogram } = require('perf_hooks');
const h = createHistogram();
for (let i = 1; i <= 100; i++) h.record(i);
console.log(h.min, h.max, h.mean, h.stddev, h.count, h.exceeds);
console.log([1, 0.5, 33.3, 50, 87.5, 99, 100].map((p) => h.percentile(p)).join(','));
console.log(JSON.stringify([...h.percentiles]));
const h2 = createHistogram();
h2.record(5); h2.record(7); h2.record(1000n);
console.log(h2.min, h2.max, h2.mean, h2.stddev, h2.percentile(50), JSON.stringify([...h2.percentiles]), h2.minBigInt, h2.countBigInt);
h2.reset();
console.log(h2.min, h2.max, h2.mean, h2.stddev, h2.count, JSON.stringify([...h2.percentiles]));
for (const f of [() => h.record(0), () => h.record('1'), () => h.percentile(0), () => h.percentile(101)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
