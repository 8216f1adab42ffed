// node 20's CustomEvent, MessageEvent and Performance* globals: present, the modules' own classes, usable.
const { performance, PerformanceObserver: PO } = require('perf_hooks');
console.log(typeof CustomEvent, typeof MessageEvent, PerformanceObserver === PO);
for (const n of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserverEntryList', 'PerformanceResourceTiming'])
  console.log(n, typeof globalThis[n], globalThis[n] === require('perf_hooks')[n]);
console.log(performance instanceof Performance);
const e = new CustomEvent('ping', { detail: { n: 1 } });
console.log(e.type, e.detail, e instanceof Event, Object.keys(CustomEvent.prototype), new CustomEvent('x').detail);
try { new CustomEvent(); } catch (err) { console.log(err.name, err.code, err.message); }
const m = new MessageEvent('message', { data: [1, 2] });
console.log(m.type, m.data, JSON.stringify(m.origin), JSON.stringify(m.lastEventId), m.source, m.ports, m instanceof Event, Object.keys(MessageEvent.prototype));
const t = new EventTarget();
t.addEventListener('ping', (ev) => console.log('listener got', ev.detail));
t.dispatchEvent(e);
