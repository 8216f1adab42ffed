// Main module, setImmediate scheduled before setTimeout(0), then a 5 ms busy-wait: the timer is
// already due in the timer pass libuv 1.45+ runs before the first iteration, so it wins.
setImmediate(() => console.log("immediate"));
setTimeout(() => console.log("timeout"), 0);
const end = Date.now() + 5;
while (Date.now() < end) {}
