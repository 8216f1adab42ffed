// A nextTick queued from a nextTick callback runs before any Promise job: the tick queue is drained
// to empty before V8's microtasks run.
process.nextTick(() => {
  console.log("tick 1");
  process.nextTick(() => {
    console.log("tick 1.1");
    process.nextTick(() => console.log("tick 1.1.1"));
  });
});
process.nextTick(() => console.log("tick 2"));
Promise.resolve().then(() => console.log("promise"));
