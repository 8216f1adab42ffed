// With an 'uncaughtException' listener a throw from a timer does not end the process: the
// listener gets the error and origin, other timers still fire, exit code stays 0.
process.on("uncaughtException", (err, origin) => {
  console.log("caught", err.message, origin);
});
setTimeout(() => {
  throw new Error("from timer");
}, 1);
setTimeout(() => console.log("second timer still fires"), 5);
