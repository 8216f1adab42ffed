// Node >= 11: ticks and microtasks run after each setImmediate callback.
setImmediate(() => {
  console.log("i1");
  Promise.resolve().then(() => console.log("i1 promise"));
  process.nextTick(() => console.log("i1 tick"));
});
setImmediate(() => {
  console.log("i2");
  process.nextTick(() => console.log("i2 tick"));
});
