// A throw inside a then handler rejects the derived promise; unhandled, it ends the process with
// exit code 1 after the microtask queue drains (the sibling job still runs).
Promise.resolve().then(() => {
  console.log("job throws");
  throw new Error("from job");
});
Promise.resolve().then(() => console.log("sibling job runs"));
setTimeout(() => console.log("timer never"), 0);
