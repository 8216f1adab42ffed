// setImmediate queued from a nextTick still waits for the check phase; a tick queued from the
// immediate runs right after it.
process.nextTick(() => {
  console.log("tick");
  setImmediate(() => {
    console.log("immediate");
    process.nextTick(() => console.log("tick after immediate"));
  });
  Promise.resolve().then(() => console.log("promise"));
});
