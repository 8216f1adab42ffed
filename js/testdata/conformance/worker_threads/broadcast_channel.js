// BroadcastChannel in one thread: a global and a worker_threads export; a message goes to every
// other channel of the same name (never back to its sender, never to another name) as a
// MessageEvent in the poll phase (after nextTick, before setImmediate), in the order posted;
// postMessage after close throws InvalidStateError; the name is required.
const { BroadcastChannel: BC } = require("worker_threads");

console.log(BC === globalThis.BroadcastChannel, typeof BC);
const a = new BroadcastChannel("ch");
const b = new BroadcastChannel("ch");
const b2 = new BroadcastChannel("ch");
const c = new BroadcastChannel("other");
console.log(a.name, a instanceof EventTarget, new BroadcastChannel(42).close() === undefined);
b.onmessage = (e) => console.log("b got", e.data, e.constructor.name, e.type, e.target === b);
b2.addEventListener("message", (e) => console.log("b2 got", e.data));
c.onmessage = () => console.log("c never");
a.addEventListener("message", (e) => console.log("a got", e.data));
a.postMessage({ x: 1, list: [1, 2], when: new Date(0) });
a.postMessage("two");
b.postMessage("from b");
setImmediate(() => console.log("immediate"));
process.nextTick(() => console.log("tick"));
setTimeout(() => {
  for (const ch of [a, b, b2, c]) ch.close();
  a.close();
  try {
    a.postMessage(1);
  } catch (e) {
    console.log(e.name, e.message, e.code);
  }
}, 20);
for (const f of [() => new BroadcastChannel(), () => a.postMessage(), () => a.postMessage(() => {})]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(typeof a.ref, a.unref() === a, a.ref() === a);
