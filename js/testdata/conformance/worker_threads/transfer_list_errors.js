// a bad transfer list: a non-transferable entry (ERR_INVALID_TRANSFER_OBJECT), a non-iterable (ERR_INVALID_ARG_TYPE), a duplicate ArrayBuffer (DataCloneError 25); nothing is detached then; {transfer} form works
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const show = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); } };
const a = new ArrayBuffer(4);
show(() => port1.postMessage(a, [a, 5]));
show(() => port1.postMessage(a, { transfer: ['x'] }));
show(() => port1.postMessage(a, 5));
show(() => port1.postMessage(a, [a, a]));
console.log('still attached', a.byteLength);
show(() => port1.postMessage(() => {}, [a]));
console.log('after an uncloneable value, still attached', a.byteLength);
show(() => port1.postMessage({ a }, { transfer: [a] }));
console.log('after {transfer}', a.byteLength);
port2.once('message', (m) => { console.log('received', m.a.byteLength); port2.close(); });
