// Promise reactions and queueMicrotask callbacks interleave in one FIFO in scheduling order.
const p = Promise.resolve();
p.then(() => console.log("then 1"));
queueMicrotask(() => console.log("microtask 1"));
p.then(() => console.log("then 2"));
queueMicrotask(() => console.log("microtask 2"));
