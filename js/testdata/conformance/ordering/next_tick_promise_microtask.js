// After the main script: the whole nextTick queue, then the V8 microtask queue (Promise jobs and
// queueMicrotask share one FIFO), regardless of scheduling order.
Promise.resolve().then(() => console.log("promise"));
queueMicrotask(() => console.log("microtask"));
process.nextTick(() => console.log("nextTick"));
console.log("sync");
