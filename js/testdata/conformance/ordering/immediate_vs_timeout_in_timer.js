// Inside a timer callback, setImmediate runs before setTimeout(0): the next check phase comes
// before the next timers pass.
setTimeout(() => {
  setTimeout(() => console.log("timeout"), 0);
  setImmediate(() => console.log("immediate"));
}, 1);
