// Each setInterval run is a timer callback with its own checkpoint; cleared after three runs.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log("interval", n);
  process.nextTick(() => console.log("tick", n));
  if (n === 3) clearInterval(iv);
}, 1);
