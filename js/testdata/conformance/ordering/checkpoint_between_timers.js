// Node >= 11: ticks and microtasks run after each timer callback, not after the whole timers
// phase. Two equal-delay timers: t1's tick and promise print before t2.
setTimeout(() => {
  console.log("t1");
  process.nextTick(() => console.log("t1 tick"));
  Promise.resolve().then(() => console.log("t1 promise"));
}, 1);
setTimeout(() => {
  console.log("t2");
  process.nextTick(() => console.log("t2 tick"));
  Promise.resolve().then(() => console.log("t2 promise"));
}, 1);
