// Quiz with node's queues: sync, nextTick, microtasks, timer, check. setImmediate would race the
// 0 ms timer in the main module, so it is queued from the timer callback instead.
console.log("1 sync");
setTimeout(() => {
  console.log("5 timeout");
  setImmediate(() => console.log("8 immediate"));
  process.nextTick(() => console.log("6 tick in timer"));
  Promise.resolve().then(() => console.log("7 promise in timer"));
}, 0);
Promise.resolve().then(() => console.log("4 promise"));
process.nextTick(() => console.log("3 tick"));
console.log("2 sync");
