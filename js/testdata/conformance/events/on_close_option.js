// events.on's close option ends the iteration after the queued events, for an EventEmitter and an EventTarget; the close listeners are removed.
const events = require('events');
(async () => {
  const e = new events.EventEmitter();
  setTimeout(() => { e.emit('d', 1); e.emit('d', 2); e.emit('end'); e.emit('d', 3); }, 1);
  for await (const [v] of events.on(e, 'd', { close: ['end', 'finish'] })) console.log('got', v);
  console.log('loop done', e.listenerCount('d'), e.listenerCount('end'), e.listenerCount('finish'), e.listenerCount('error'));
  const et = new EventTarget();
  setTimeout(() => { et.dispatchEvent(new Event('tick')); et.dispatchEvent(new Event('stop')); }, 1);
  for await (const [ev] of events.on(et, 'tick', { close: ['stop'] })) console.log('event', ev.type);
  console.log('target done');
})();
