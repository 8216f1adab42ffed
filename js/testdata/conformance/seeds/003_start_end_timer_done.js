// Article 003 "Start / End / Timer done": a timer callback runs only after the stack is empty.
// The article uses a 2000 ms delay; this case uses 20 ms to keep the suite fast (same order).
console.log("Start");
setTimeout(() => {
  console.log("Timer done");
}, 20);
console.log("End");
