// A watcher does not hold the loop when made with persistent: false or unref()'d; an AbortSignal
// closes it (at once if already aborted, from a tick); ref() makes it hold the loop again until
// it is closed.
const fs = require("fs");
const os = require("os");

const dir = os.tmpdir();
const order = [];
fs.watch(dir, { persistent: false });
fs.watch(dir).unref();
const ac = new AbortController();
const w1 = fs.watch(dir, { signal: ac.signal });
w1.on("close", () => order.push("w1 closed by abort"));
const w2 = fs.watch(dir, { signal: AbortSignal.abort() });
w2.on("close", () => order.push("w2 closed, signal already aborted"));
const w3 = fs.watch(dir).unref();
w3.ref();
setTimeout(() => {
  ac.abort();
  order.push("aborted");
  setTimeout(() => {
    w3.close();
    order.push("w3 closed");
  }, 5);
}, 5);
process.on("exit", () => console.log(order.join("\n")));
