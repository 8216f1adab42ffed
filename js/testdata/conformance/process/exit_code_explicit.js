// process.exit(3) ends the process at once with code 3; later code and queued callbacks never run.
console.log("before exit");
setTimeout(() => console.log("timer never"), 0);
process.nextTick(() => console.log("tick never"));
process.exit(3);
console.log("never");
