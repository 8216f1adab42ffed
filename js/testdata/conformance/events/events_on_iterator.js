// events.on: an async iterator over emits, queueing those not yet read; 'error' rejects the next read; return() removes the listeners.
const { on, EventEmitter } = require('events');
const e = new EventEmitter();
const it = on(e, 'data');
console.log(typeof it.next, typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it, e.listenerCount('data'), e.listenerCount('error'));
e.emit('data', 1, 'one');
e.emit('data', 2);
(async () => {
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.next()));
  const pending = it.next();
  e.emit('data', 3);
  console.log(JSON.stringify(await pending));
  e.emit('error', new Error('broken'));
  try { await it.next(); } catch (err) { console.log('rejected:', err.message); }
  console.log(JSON.stringify(await it.next()), e.listenerCount('data'), e.listenerCount('error'));
  const it2 = on(e, 'tick');
  e.emit('tick', 'a');
  console.log(JSON.stringify(await it2.next()));
  console.log(JSON.stringify(await it2.return()), e.listenerCount('tick'), JSON.stringify(await it2.next()));
})();
