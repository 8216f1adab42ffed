// Inside an immediate: setTimeout(0) and setImmediate, then a 5 ms busy-wait. libuv 1.46 runs due
// timers at the end of the iteration (after check and close), so the timer now fires before the
// nested immediate, which waits for the next check phase.
setImmediate(() => {
  setImmediate(() => console.log("nested immediate"));
  setTimeout(() => console.log("timeout"), 0);
  const end = Date.now() + 5;
  while (Date.now() < end) {}
});
