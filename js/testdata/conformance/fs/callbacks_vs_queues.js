// Where fs callbacks run: in the poll phase, so from one the check phase comes next (setImmediate
// before setTimeout 0), nextTick and promise jobs run right after it, and an fs.close started in it
// completes after that iteration's immediates. Sync calls run inline.
const fs = require("fs");

const order = [];
fs.stat(__filename, () => {
  order.push("stat");
  setTimeout(() => {
    order.push("timeout");
    console.log(order.join(" "));
    second();
  }, 0);
  setImmediate(() => order.push("immediate"));
  process.nextTick(() => order.push("tick"));
  Promise.resolve().then(() => order.push("promise"));
  order.push("sync stat " + fs.statSync(__filename).isFile());
});

function second() {
  fs.open(__filename, "r", (err, fd) => {
    const seen = [];
    fs.close(fd, () => {
      seen.push("closed");
      console.log(seen.join(" "));
    });
    setImmediate(() => seen.push("immediate"));
    process.nextTick(() => seen.push("tick"));
  });
}
