// AsyncLocalStorage across MessageChannel: a port's 'message' listener runs in the store current when the channel was made, not the sender's or the listener's; onmessage the same; a BroadcastChannel's message in the receiving channel's.
const { AsyncLocalStorage } = require('async_hooks');
const { MessageChannel, BroadcastChannel } = require('worker_threads');
const als = new AsyncLocalStorage();
const { port1, port2 } = als.run('made', () => new MessageChannel());
als.run('listen', () => port2.on('message', (m) => {
  console.log('message', m, als.getStore());
  if (m === 1) als.run('post 2', () => setTimeout(() => port1.postMessage(2), 1));
  else { port1.close(); port2.close(); second(); }
}));
als.run('post 1', () => port1.postMessage(1));
function second() {
  const { port1: q1, port2: q2 } = als.run('made q', () => new MessageChannel());
  als.run('onmessage', () => {
    q2.onmessage = (e) => { console.log('onmessage', e.data, als.getStore()); q1.close(); q2.close(); third(); };
  });
  als.run('post q', () => q1.postMessage('q'));
}
function third() {
  const b1 = als.run('bc1', () => new BroadcastChannel('ch'));
  const b2 = als.run('bc2', () => new BroadcastChannel('ch'));
  als.run('bc listen', () => { b2.onmessage = (e) => { console.log('broadcast', e.data, als.getStore()); b1.close(); b2.close(); }; });
  als.run('bc post', () => setTimeout(() => b1.postMessage('b'), 1));
}
