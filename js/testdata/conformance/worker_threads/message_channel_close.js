// A MessageChannel in one thread: a message reaches the other port; closing one port closes both.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  console.log('port2 got', m);
  port2.close();
});
port1.on('close', () => console.log('port1 close'));
port2.on('close', () => console.log('port2 close'));
port1.postMessage({ hello: 'channel' });
