// Code in a context shares the loop with its caller: promises it makes settle in the caller's
// microtask queue, and functions the sandbox lends (setTimeout, queueMicrotask, process.nextTick)
// schedule on the same queues, in node's order.
const vm = require("vm");

const log = [];
const sandbox = { log, setTimeout, queueMicrotask, process };
vm.runInNewContext(`
  setTimeout(() => log.push("timeout"), 0);
  Promise.resolve().then(() => log.push("context promise"));
  queueMicrotask(() => log.push("context microtask"));
  process.nextTick(() => log.push("nextTick"));
  log.push("context sync");
`, sandbox);
Promise.resolve().then(() => log.push("caller promise"));
log.push("caller sync");
setTimeout(() => setImmediate(() => console.log(log.join("\n"))), 5);
