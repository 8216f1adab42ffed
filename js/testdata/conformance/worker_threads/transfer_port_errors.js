// A port in a message must be in the transfer list; the list may not hold the sending port, a port twice or a port already moved
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const { port1: a, port2: b } = new MessageChannel();
const show = (what, f) => {
  try { f(); console.log(what, 'ok'); } catch (e) { console.log(what, e.constructor.name, e.name, e.code, e.message); }
};
show('not listed', () => port1.postMessage({ p: a }));
show('source port', () => port1.postMessage(1, [port1]));
show('twice', () => port1.postMessage(1, [a, a]));
show('moved', () => port1.postMessage({ a }, [a]));
show('moved again', () => port1.postMessage(2, [a]));
show('listed, not in the message', () => port1.postMessage(3, [b]));
port2.on('message', (m) => {
  console.log('port2 got', typeof m === 'object' ? Object.keys(m).join(',') : m);
  if (m === 3) { port2.close(); }
});
port2.on('close', () => console.log('closed'));
