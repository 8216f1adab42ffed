// An uncaught throw in the main script: exit code 1, stdout written before it is kept, queued
// ticks and timers never run.
console.log("before");
process.nextTick(() => console.log("tick never"));
setTimeout(() => console.log("timer never"), 0);
throw new Error("boom");
