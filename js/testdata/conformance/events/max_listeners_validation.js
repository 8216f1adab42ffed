// setMaxListeners validates its number (RangeError / TypeError with node's messages); events.getMaxListeners and events.setMaxListeners on emitters and EventTargets.
const events = require('events');
const { EventEmitter } = events;
const e = new EventEmitter();
console.log(events.getMaxListeners(e), e.getMaxListeners());
e.setMaxListeners(3);
console.log(events.getMaxListeners(e), e.getMaxListeners());
for (const f of [() => events.setMaxListeners(-1), () => events.setMaxListeners('a'), () => e.setMaxListeners(-1),
  () => e.setMaxListeners(NaN), () => events.setMaxListeners(1, {}), () => events.getMaxListeners({})]) {
  try { f(); console.log('no throw'); } catch (err) { console.log(err.name, err.code, err.message); }
}
const et = new EventTarget();
console.log(events.getMaxListeners(et));
events.setMaxListeners(7, et, e);
console.log(events.getMaxListeners(et), e.getMaxListeners());
events.setMaxListeners(20);
console.log(new EventEmitter().getMaxListeners(), EventEmitter.defaultMaxListeners);
