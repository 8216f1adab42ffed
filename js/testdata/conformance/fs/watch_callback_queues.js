// An fs.watch event is an I/O callback of the poll phase: from it, nextTick and promise jobs run
// first, then setImmediate (the check phase of the same iteration) before a 0 ms timer.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-watchq-"));
const w = fs.watch(dir, (ev, name) => {
  w.close();
  console.log("watch", ev, name);
  setTimeout(() => {
    console.log("timeout");
    fs.rmSync(dir, { recursive: true });
  }, 0);
  setImmediate(() => console.log("immediate"));
  Promise.resolve().then(() => console.log("promise"));
  process.nextTick(() => console.log("nextTick"));
});
fs.writeFileSync(path.join(dir, "new.txt"), "");
