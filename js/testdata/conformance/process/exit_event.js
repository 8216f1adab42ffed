// 'exit' listeners run synchronously with the exit code once the loop is empty. Timers set there
// never fire, but a Promise job queued there still runs: V8 drains microtasks when the listener
// call returns, before node exits.
process.on("exit", (code) => {
  console.log("exit event", code);
  setTimeout(() => console.log("timer never"), 0);
  Promise.resolve().then(() => console.log("promise job in exit listener"));
});
setTimeout(() => console.log("last timer"), 1);
