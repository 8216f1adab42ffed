// From a timer: nextTick first, then the promise, then the immediate in the check phase, then a
// 0 ms timer in the following timers pass.
setTimeout(() => {
  console.log("timer");
  setTimeout(() => console.log("timer 2"), 0);
  setImmediate(() => console.log("immediate"));
  Promise.resolve().then(() => console.log("promise"));
  process.nextTick(() => console.log("tick"));
}, 1);
