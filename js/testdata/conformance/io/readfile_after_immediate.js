// A setImmediate queued by the main script runs before an fs.readFile started at the same time
// completes: readFile needs several thread-pool round trips (open, fstat, read, close), and the
// first iteration's check phase comes before the second round trip can finish.
const fs = require("fs");

fs.readFile(__filename, () => console.log("readFile"));
setImmediate(() => console.log("immediate"));
process.nextTick(() => console.log("tick"));
