// Article 001 "The Event Loop in Action", second deterministic variant: the same script run inside
// a timer callback. Rule: a setImmediate queued from the timers phase always runs before a
// setTimeout(0) queued there, because check comes before the next timers pass.
setTimeout(function outer() {
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
}, 1);
