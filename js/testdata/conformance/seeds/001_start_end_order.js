// Article 001 "The Event Loop in Action", made deterministic: sync code, then nextTick, then the
// Promise job, then timer before check. The original schedules setTimeout(0) and setImmediate in the
// main module, which is racy in node (see NONDETERMINISTIC.md); here a 5 ms busy-wait after the
// scheduling makes the 1 ms timer due in the timer pass that runs before the first iteration.
console.log("start");
setTimeout(function timeout() {
  console.log("setTimeout");
}, 0);
Promise.resolve().then(function promise() {
  console.log("Promise");
});
setImmediate(function immediate() {
  console.log("setImmediate");
});
process.nextTick(function nextTick() {
  console.log("nextTick");
});
const end = Date.now() + 5;
while (Date.now() < end) {}
console.log("end");
