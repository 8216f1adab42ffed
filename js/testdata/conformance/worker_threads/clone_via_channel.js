// Structured clone through a port: copies, not references; errors keep class and message; Buffers arrive as Uint8Array.
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const obj = { list: [1, 2], when: new Date(0) };
port1.postMessage(obj);
const got = receiveMessageOnPort(port2).message;
got.list.push(3);
console.log(obj.list, got.list, got.when.getTime(), got === obj);
port1.postMessage(new RangeError('out of range'));
const err = receiveMessageOnPort(port2).message;
console.log(err instanceof RangeError, err.name, err.message);
port1.postMessage(Buffer.from('hi'));
const buf = receiveMessageOnPort(port2).message;
console.log(Buffer.isBuffer(buf), buf instanceof Uint8Array, Array.from(buf));
port1.postMessage(new Map([[{ k: 1 }, new Set([1])]]));
console.log(receiveMessageOnPort(port2).message);
port1.close();
