// events.once on an EventTarget resolves with [event]; EventTarget's once option removes the listener after one call.
const { once } = require('events');
const et = new EventTarget();
once(et, 'ping').then(([ev]) => console.log('once resolved', ev.type, ev instanceof Event));
let n = 0;
et.addEventListener('ping', () => n++, { once: true });
et.addEventListener('ping', () => console.log('every time'));
et.dispatchEvent(new Event('ping'));
et.dispatchEvent(new Event('ping'));
console.log('count', n);
