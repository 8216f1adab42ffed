// receiveMessageOnPort takes queued messages synchronously, in order, then undefined.
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.postMessage({ a: 1 });
port1.postMessage([2, 3]);
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
port1.close();
