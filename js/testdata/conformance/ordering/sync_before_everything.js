// All synchronous code of the main script runs before any queued callback of any kind.
setTimeout(() => console.log("timeout"), 0);
setImmediate(() => {});
Promise.resolve().then(() => console.log("promise"));
process.nextTick(() => console.log("tick"));
queueMicrotask(() => console.log("microtask"));
for (let i = 0; i < 3; i++) console.log("sync", i);
