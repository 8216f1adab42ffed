// Article 004 combined example, made deterministic. The original is racy in its Timer/Check pair
// (setTimeout 0 vs setImmediate in the main module, see NONDETERMINISTIC.md); a 5 ms busy-wait
// after scheduling makes the timer due before the first iteration. The fs chain needs several
// thread-pool round trips (open, then fstat/read/close for readFile), so it always ends after the
// first iteration's check phase: nextTick, Promise, Timer, Check, I/O, Close.
const fs = require("fs");

process.nextTick(() => {
  console.log("I am registered into nextTick Queue");
});

Promise.resolve().then(() => {
  console.log("I am registered into Promise Queue");
});

setTimeout(() => {
  console.log("I am registered into Timer Queue");
}, 0);

setImmediate(() => {
  console.log("I am registered into Check Queue");
});

fs.open(__filename, (err, fd) => {
  fs.readFile(fd, "utf-8", (readErr, data) => {
    console.log("I am registered into I/O Queue");

    fs.close(fd, () => {
      console.log("I am registered into Close Queue");
    });
  });
});

const end = Date.now() + 5;
while (Date.now() < end) {}
