// captureRejections: a listener's rejected promise goes to Symbol.for('nodejs.rejection') if defined, else to 'error'; validation of the option.
const events = require('events');
const { EventEmitter, captureRejectionSymbol } = events;
console.log(events.captureRejections, captureRejectionSymbol === Symbol.for('nodejs.rejection'));
const a = new EventEmitter({ captureRejections: true });
a.on('job', async (n) => { throw new Error('job ' + n + ' failed'); });
a.on('error', (err) => console.log('error event:', err.message));
a.emit('job', 1);
const b = new EventEmitter({ captureRejections: true });
b[captureRejectionSymbol] = (err, type, ...args) => console.log('rejection hook:', err.message, type, args);
b.on('go', async () => { throw new Error('boom'); });
b.emit('go', 'x', 'y');
console.log('emitted synchronously');
for (const f of [() => new EventEmitter({ captureRejections: 1 }), () => { events.captureRejections = 'yes'; }]) {
  try { f(); } catch (err) { console.log(err.name, err.code, err.message); }
}
events.captureRejections = true;
const c = new EventEmitter();
c.on('error', (err) => console.log('default on:', err.message));
c.on('x', () => Promise.reject(new Error('via default')));
c.emit('x');
events.captureRejections = false;
