// An unhandled rejection (default mode 'throw') ends the process with exit code 1 after the
// microtask drain; stdout written before survives and pending timers never fire.
console.log("before");
setTimeout(() => console.log("timer never"), 10);
Promise.reject(new Error("nobody catches me"));
process.nextTick(() => console.log("tick still runs"));
