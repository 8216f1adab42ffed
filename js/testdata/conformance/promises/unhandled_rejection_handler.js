// process.on('unhandledRejection') replaces the crash: the handler gets the reason and the promise,
// and the process keeps going.
process.on("unhandledRejection", (reason, promise) => {
  console.log("unhandled:", reason.message, promise instanceof Promise);
});
Promise.reject(new Error("r1"));
setTimeout(() => console.log("timer still fires"), 5);
