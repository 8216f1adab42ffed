// Promise jobs queued from nextTick callbacks run after every queued tick, tick-first then FIFO.
process.nextTick(() => {
  console.log("t1");
  Promise.resolve().then(() => console.log("p from t1"));
});
process.nextTick(() => {
  console.log("t2");
  Promise.resolve().then(() => console.log("p from t2"));
});
Promise.resolve().then(() => console.log("p from main"));
