// Article 004 combined example without the fs part: nextTick > Promise > Timer > Check. The
// timer-vs-check pair is racy in the main module, so a 5 ms busy-wait makes the timer due in the
// pre-loop timer pass (the fs version is io/004_combined_deterministic.js).
process.nextTick(() => {
  console.log("I am registered into nextTick Queue");
});

Promise.resolve().then(() => {
  console.log("I am registered into Promise Queue");
});

setTimeout(() => {
  console.log("I am registered into Timer Queue");
}, 0);

setImmediate(() => {
  console.log("I am registered into Check Queue");
});

const end = Date.now() + 5;
while (Date.now() < end) {}
