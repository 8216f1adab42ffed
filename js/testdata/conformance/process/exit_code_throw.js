// An uncaught exception in the main script exits with code 1; stdout written before it is kept.
console.log("before throw");
setTimeout(() => console.log("timer never"), 0);
throw new Error("main throws");
