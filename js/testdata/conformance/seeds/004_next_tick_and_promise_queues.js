// Article 004 microtask snippet: the nextTick queue is drained before the Promise queue, even
// though the Promise job was not scheduled later here.
process.nextTick(() => {
  console.log("I am registered into nextTick Queue");
});

Promise.resolve().then(() => {
  console.log("I am registered into Promise Queue");
});
