// Article 001 "The Event Loop in Action" run inside an fs.readFile callback: from the poll phase
// the check phase comes first, so setImmediate always beats setTimeout(0) (node loop doc).
const fs = require("fs");

fs.readFile(__filename, () => {
  console.log("start");
  setTimeout(function timeout() {
    console.log("setTimeout");
  }, 0);
  Promise.resolve().then(function promise() {
    console.log("Promise");
  });
  setImmediate(function immediate() {
    console.log("setImmediate");
  });
  process.nextTick(function nextTick() {
    console.log("nextTick");
  });
  console.log("end");
});
