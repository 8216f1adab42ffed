// MessageChannel and MessagePort are node 20's globals: worker_threads' classes; a message crosses the channel.
const wt = require('worker_threads');
console.log(typeof MessageChannel, typeof MessagePort, MessageChannel === wt.MessageChannel, MessagePort === wt.MessagePort);
const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof MessagePort);
port2.on('message', (msg) => { console.log('port2 got', msg); port2.close(); });
port1.postMessage({ hello: 'world' });
