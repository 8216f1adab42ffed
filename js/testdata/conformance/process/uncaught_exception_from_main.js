// An 'uncaughtException' listener also catches a throw from the main script; the rest of the main
// script is skipped but queued callbacks run.
process.on("uncaughtException", (err) => console.log("caught", err.message));
process.nextTick(() => console.log("tick runs"));
console.log("before");
throw new Error("main");
