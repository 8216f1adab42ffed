// Recursive setImmediate does not starve timers: each check phase runs only the immediates queued
// before it, so a 5 ms timer gets its turn. Only derived booleans are printed.
let count = 0;
let fired = false;
setTimeout(() => {
  fired = true;
  console.log("timer fired", count > 0);
}, 5);
function again() {
  count++;
  if (!fired && count < 1e7) setImmediate(again);
  else console.log("stopped by timer", fired);
}
setImmediate(again);
