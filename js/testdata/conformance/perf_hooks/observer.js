// PerformanceObserver gets marks and measures it observes in one batch on a later turn (after the main script and its ticks), disconnect.
const { performance, PerformanceObserver } = require('perf_hooks');
console.log(PerformanceObserver.supportedEntryTypes.join(','));
const obs = new PerformanceObserver((list, observer) => {
  console.log('batch', list.getEntries().map((e) => e.name).join(','), list.getEntriesByType('mark').length,
    list.getEntriesByName('m1').length, observer === obs);
  observer.disconnect();
  performance.mark('after-disconnect');
  setImmediate(() => console.log('no second batch'));
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('m1', { startTime: 1 });
performance.mark('m2', { startTime: 2 });
performance.measure('span', 'm1', 'm2');
process.nextTick(() => console.log('tick before batch'));
console.log('main done');
for (const bad of [undefined, { entryTypes: ['mark'], type: 'mark' }, 5]) {
  try { new PerformanceObserver(() => {}).observe(bad); } catch (e) { console.log(e.code); }
}
try { new PerformanceObserver(5); } catch (e) { console.log(e.code); }
