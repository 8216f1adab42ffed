// Max listeners: the warning object's fields, the method names, defaultMaxListeners validation, and addListener on a plain object.
const EventEmitter = require('events');
const show = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
process.on('warning', (w) => {
  console.log(w.name, w instanceof Error, w.emitter === e || w.emitter === f, w.count, w.type);
  console.log(w.message);
});
const e = new EventEmitter();
e.setMaxListeners(1);
e.on('x', () => {});
e.on('x', () => {});
e.on('x', () => {});
class Fake extends EventEmitter {}
const f = new Fake();
f.setMaxListeners(1);
f.on(null, () => {});
f.on(null, () => {});
const sym = Symbol('s');
f.on(sym, () => {});
f.on(sym, () => {});
const P = EventEmitter.prototype;
console.log(Object.getOwnPropertyNames(P).filter((n) => typeof P[n] === 'function' && P[n].name !== n));
show('default NaN', () => { EventEmitter.defaultMaxListeners = NaN; });
show('default -1', () => { EventEmitter.defaultMaxListeners = -1; });
show('default str', () => { EventEmitter.defaultMaxListeners = 'x'; });
console.log(EventEmitter.defaultMaxListeners);
const recv = {};
P.on.call(recv, 'ev', () => {});
P.on.call(recv, 'ev', () => {});
console.log(Object.keys(recv), recv._eventsCount);
show('getMaxListeners(recv)', () => EventEmitter.getMaxListeners(recv));
