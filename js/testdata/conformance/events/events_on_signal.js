// events.on and events.once with an AbortSignal: an aborted signal rejects with AbortError; an already-aborted one fails at once.
const { on, once, EventEmitter } = require('events');
const e = new EventEmitter();
const ac = new AbortController();
const it = on(e, 'x', { signal: ac.signal });
const read = it.next();
ac.abort();
read.catch((err) => console.log('on:', err.name, err.code, err.message, e.listenerCount('x')));
try { on(e, 'x', { signal: AbortSignal.abort() }); } catch (err) { console.log('on aborted:', err.name, err.code); }
const ac2 = new AbortController();
once(e, 'y', { signal: ac2.signal }).catch((err) => console.log('once:', err.name, err.code, e.listenerCount('y'), e.listenerCount('error')));
ac2.abort();
once(e, 'z', { signal: AbortSignal.abort() }).catch((err) => console.log('once aborted:', err.name));
once(e, 'z', { signal: 1 }).catch((err) => console.log('bad signal:', err.code));
