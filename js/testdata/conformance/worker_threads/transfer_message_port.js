// postMessage(msg, [port]): a MessageChannel port moves to the worker with the messages already queued on it; the sender's copy is detached
const { Worker, MessageChannel, MessagePort, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(__filename);
  port1.postMessage('queued before the transfer');
  w.postMessage({ port: port2, note: 'here is a port' }, [port2]);
  console.log('sender keeps a detached port', port2 instanceof MessagePort);
  port2.postMessage('sent on the detached port: dropped');
  port1.on('message', (m) => {
    console.log('main got', JSON.stringify(m));
    if (m.n === 2) port1.close();
  });
  port1.on('close', () => console.log('port1 close'));
  w.on('message', (m) => console.log('from worker', m));
  w.on('exit', (c) => console.log('worker exit', c));
} else {
  parentPort.once('message', ({ port, note }) => {
    let n = 0;
    port.on('message', (m) => {
      n++;
      port.postMessage({ n, echo: m, isPort: port instanceof MessagePort, note });
      port.postMessage({ n: 2, last: true });
    });
    port.on('close', () => parentPort.postMessage('its port closed'));
  });
}
