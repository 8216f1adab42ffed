// queueMicrotask callbacks that queue nextTicks: all microtasks finish first, then the ticks, then
// microtasks queued by the ticks.
queueMicrotask(() => {
  console.log("m1");
  process.nextTick(() => {
    console.log("t1");
    queueMicrotask(() => console.log("m3"));
  });
});
queueMicrotask(() => console.log("m2"));
