// The declared arity (.length) of events' functions and EventEmitter's methods is node's (once and on take (emitter, name), options being optional).
const events = require('events');
const out = [];
for (const k of Object.keys(events).sort()) {
  if (typeof events[k] === 'function') out.push(k + ':' + events[k].length);
}
for (const k of Object.getOwnPropertyNames(events.prototype).sort()) {
  if (typeof events.prototype[k] === 'function' && k !== 'constructor') out.push('prototype.' + k + ':' + events.prototype[k].length);
}
console.log(out.join('\n'));
