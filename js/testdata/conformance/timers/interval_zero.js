// setInterval with delay 0 runs every 1 ms; stopped after four runs; immediates interleave one
// per iteration at most.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log("interval", n);
  if (n === 4) clearInterval(iv);
}, 0);
