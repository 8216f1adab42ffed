// emitter.listenerCount(name, listener) counts that listener (also once-wrapped) only.
const { EventEmitter } = require('events');
const e = new EventEmitter();
const l = () => {};
e.on('a', l); e.on('a', l); e.once('a', l); e.on('a', () => {});
console.log(e.listenerCount('a'), e.listenerCount('a', l), e.listenerCount('a', () => {}), e.listenerCount('b', l));
e.on('c', l);
console.log(e.listenerCount('c', l), EventEmitter.listenerCount(e, 'a'));
