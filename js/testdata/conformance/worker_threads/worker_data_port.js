// workerData may carry a MessagePort listed in the transferList option: the worker talks on it, the parent's copy is detached
const { Worker, MessageChannel, MessagePort, isMainThread, workerData } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage('queued for the worker');
  try { new Worker(__filename, { workerData: { port: port1 } }); } catch (e) { console.log(e.name, e.code, e.message); }
  const w = new Worker(__filename, { workerData: { port: port2, label: 'side channel' }, transferList: [port2] });
  try { new Worker(__filename, { workerData: { port: port2 }, transferList: [port2] }); } catch (e) { console.log(e.name, e.code, e.message); }
  port1.on('message', (m) => {
    console.log('parent got', JSON.stringify(m));
    port1.close();
  });
  w.on('exit', (c) => console.log('worker exit', c));
} else {
  const { port, label } = workerData;
  port.on('message', (m) => port.postMessage({ label, echo: m, isPort: port instanceof MessagePort }));
}
