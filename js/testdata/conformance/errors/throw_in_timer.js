// A throw inside a timer callback ends the process with exit code 1; a later timer never fires.
setTimeout(() => {
  console.log("timer 1 throws");
  throw new Error("from timer");
}, 1);
setTimeout(() => console.log("timer 2 never"), 20);
