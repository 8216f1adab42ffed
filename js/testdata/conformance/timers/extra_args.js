// Extra arguments are passed to setTimeout, setInterval, setImmediate and nextTick callbacks.
// The timers are created from the immediate so that no 1 ms timer races the first check phase.
process.nextTick((a, b) => console.log("nextTick", a, b), "n1", "n2");
setImmediate((a, b, c) => {
  console.log("setImmediate", a, b, c);
  setTimeout((x) => console.log("setTimeout", x), 1, "t1");
  const iv = setInterval((x, y) => {
    console.log("setInterval", x, y);
    clearInterval(iv);
  }, 1, "v1", 2);
}, "i1", "i2", "i3");
