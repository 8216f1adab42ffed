// events.once rejects with AbortError when its signal aborts, and removes its listener
const { once, EventEmitter } = require('events');
const ee = new EventEmitter();
const ac = new AbortController();
once(ee, 'go', { signal: ac.signal }).then(() => console.log('resolved'), (e) => {
  console.log(e.name, e.code, e.message, ee.listenerCount('go'), ee.listenerCount('error'));
});
console.log('listeners', ee.listenerCount('go'));
ac.abort();
const ac2 = new AbortController(); ac2.abort();
once(ee, 'go', { signal: ac2.signal }).catch((e) => console.log('pre-aborted', e.name, ee.listenerCount('go')));
once(ee, 'go', { signal: 1 }).catch((e) => console.log('bad', e.code));
try { once(ee, 'go', { signal: 1 }); } catch (e) { console.log('sync bad', e.code); }
