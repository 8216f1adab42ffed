// worker_threads: a port transferred out of a worker whose other end then posts and closes at once still delivers those messages, then 'close' (evloop dropped them when the port arrived after the close).
const { Worker, isMainThread, parentPort, MessageChannel } = require('worker_threads');
if (isMainThread) {
  const events = [];
  const w = new Worker(__filename);
  w.on('message', (m) => {
    m.port.on('message', (x) => events.push('port msg ' + JSON.stringify(x)));
    m.port.on('close', () => events.push('port close'));
  });
  w.on('exit', (c) => events.push('exit ' + c));
  // A second worker keeps the main thread busy while the first one posts.
  const w2 = new Worker('const t = Date.now(); while (Date.now() - t < 20);', { eval: true });
  w2.on('exit', (c) => events.push('w2 exit ' + c));
  process.on('exit', () => {
    console.log(events.filter((e) => e.startsWith('port')).join('\n'));
    console.log(events.filter((e) => !e.startsWith('port')).sort().join('\n'));
  });
} else {
  const { port1, port2 } = new MessageChannel();
  parentPort.postMessage({ port: port2 }, [port2]);
  port1.postMessage('hello');
  port1.postMessage({ n: [1, 2] });
  port1.close();
}
