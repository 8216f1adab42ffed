// Recursive setImmediate does not starve timers: each check phase runs only the immediates queued
// before it, so a 5 ms timer started from the first immediate gets its turn while the chain goes
// on. Only derived booleans are printed.
let count = 0;
let fired = false;
function again() {
  count++;
  if (count === 1) {
    setTimeout(() => {
      fired = true;
      console.log("timer fired after immediates", count >= 1);
    }, 5);
  }
  if (!fired && count < 1e7) setImmediate(again);
  else console.log("chain stopped by the timer", fired);
}
setImmediate(again);
