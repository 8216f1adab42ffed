// Posting a value that cannot be cloned throws DataCloneError (code 25) synchronously; nothing is sent.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
for (const v of [() => {}, function named() {}, Symbol('s'), { method() {} }]) {
  try {
    port1.postMessage(v);
    console.log('sent');
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof Error);
  }
}
console.log(require('worker_threads').receiveMessageOnPort(port2));
port1.close();
