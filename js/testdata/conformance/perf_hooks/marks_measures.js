// perf_hooks: mark and measure (names, explicit start times, marks by name, options with start/end/duration/detail), the timeline sorted by start, clearing.
const { performance, PerformanceMark, PerformanceMeasure } = require('perf_hooks');
console.log(performance === globalThis.performance, typeof performance.timeOrigin, performance.now() >= 0);
const m = performance.mark('a', { startTime: 10, detail: { x: 1 } });
console.log(m.name, m.entryType, m.startTime, m.duration, m.detail, m instanceof PerformanceMark, JSON.stringify(m));
const me = performance.measure('a-b', { start: 10, end: 25, detail: 'd' });
console.log(me.name, me.entryType, me.startTime, me.duration, me.detail, me instanceof PerformanceMeasure);
performance.mark('b', { startTime: 30 });
const me2 = performance.measure('m2', 'a', 'b');
console.log(me2.startTime, me2.duration, performance.measure('m3', { start: 'a', duration: 4 }).duration);
try { performance.measure('bad', 'nope'); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException); }
try { performance.mark('neg', { startTime: -1 }); } catch (e) { console.log(e.name, e.code); }
console.log(performance.getEntries().map((e) => e.name + ':' + e.entryType + '@' + e.startTime).join(' '));
console.log(performance.getEntriesByType('mark').length, performance.getEntriesByName('a', 'mark').length, performance.getEntriesByName('a').length);
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks();
performance.clearMeasures('m2');
console.log(performance.getEntriesByType('measure').map((e) => e.name));
performance.clearMeasures();
console.log(performance.getEntries().length);
