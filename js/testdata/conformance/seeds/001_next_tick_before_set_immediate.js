// Article 001 "process.nextTick() vs setImmediate()": nextTick runs right after the current
// operation, setImmediate waits for the check phase, whatever order they were scheduled in.
setImmediate(() => console.log("setImmediate"));
process.nextTick(() => console.log("nextTick"));
console.log("sync");
