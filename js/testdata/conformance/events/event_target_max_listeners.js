// An EventTarget past its listener limit (events.setMaxListeners(n, target), else 10) emits one MaxListenersExceededWarning per target (target, type, count; [AbortSignal] for a signal); a limit of 0 never warns.
const events = require('events');
const util = require('util');
process.on('warning', (w) => console.log(w.name, '|', w.message, '|', w.target === et, w.type, w.count));
const et = new EventTarget();
console.log('default', events.getMaxListeners(et));
et.addEventListener('foo', () => {});
events.setMaxListeners(1, et);
console.log('set', events.getMaxListeners(et));
et.addEventListener('foo', () => {});
et.addEventListener('foo', () => {}); // warned once already
et.addEventListener('bar', () => {});
et.addEventListener('bar', () => {});
const ac = new AbortController();
for (let i = 0; i < 11; i++) ac.signal.addEventListener('abort', () => {});
class Custom extends EventTarget {}
const c = new Custom();
for (let i = 0; i < 11; i++) c.addEventListener('x', () => {});
const quiet = new EventTarget();
events.setMaxListeners(0, quiet);
for (let i = 0; i < 20; i++) quiet.addEventListener('x', () => {});
console.log(util.inspect([ac.signal, et, c], { depth: 0 }));
