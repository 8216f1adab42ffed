// "The Event Loop in Action", as tutorials usually write it: setTimeout(0) and setImmediate
// scheduled from the main module. Racy in node: if the loop starts within 1 ms the immediate runs
// first, otherwise the timer. Move the startupMs control across 1 ms to see both orders.
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
console.log("end");
