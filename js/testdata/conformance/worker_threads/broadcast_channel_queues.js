// A BroadcastChannel message is an I/O callback of the poll phase: from it, nextTick and promise
// jobs run first, then setImmediate before a 0 ms timer; each message gets its own microtasks.
const a = new BroadcastChannel("q");
const b = new BroadcastChannel("q");
let n = 0;
b.onmessage = (e) => {
  const k = ++n;
  console.log("message", e.data);
  process.nextTick(() => console.log("nextTick", k));
  Promise.resolve().then(() => console.log("promise", k));
  if (k === 2) {
    setTimeout(() => {
      console.log("timeout");
      a.close();
      b.close();
    }, 0);
    setImmediate(() => console.log("immediate"));
  }
};
a.postMessage("one");
a.postMessage("two");
