// EventEmitter.errorMonitor listeners see an 'error' before the handlers, and also when no handler exists (the error is still thrown).
const { EventEmitter, errorMonitor } = require('events');
const e = new EventEmitter();
e.on(errorMonitor, (err) => console.log('monitor', err.message));
e.on('error', (err) => console.log('handler', err.message));
e.emit('error', new Error('x'));
const f = new EventEmitter();
f.on(errorMonitor, (err, extra) => console.log('monitor2', err.message, extra));
try { f.emit('error', new Error('y'), 'more'); } catch (err) { console.log('threw', err.message); }
console.log(typeof errorMonitor, errorMonitor.toString(), f.listenerCount(errorMonitor));
