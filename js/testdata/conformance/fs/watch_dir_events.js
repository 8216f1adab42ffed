// fs.watch on a directory, one step at a time (the next step starts from setImmediate after the
// first event of the last, when all of its events have come in the same poll phase): mkdir and
// rmdir give 'rename', utimes and chmod of a file give 'change' once, a rename gives 'rename' for
// the old and the new name, unlink 'rename'. (Writes are left out: one writeFile gives 'change'
// once or twice, depending on the kernel.)
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-watchev-"));
const p = (n) => path.join(dir, n);
fs.writeFileSync(p("f"), "x");

const steps = [
  ["mkdir sub", () => fs.mkdirSync(p("sub"))],
  ["rmdir sub", () => fs.rmdirSync(p("sub"))],
  ["utimes f", () => fs.utimesSync(p("f"), 1000, 2000)],
  ["chmod f", () => fs.chmodSync(p("f"), 0o600)],
  ["rename f g", () => fs.renameSync(p("f"), p("g"))],
  ["symlink l", () => fs.symlinkSync("g", p("l"))],
  ["unlink g", () => fs.unlinkSync(p("g"))],
];
let i = -1;
let waiting = false;
const w = fs.watch(dir, (ev, name) => {
  console.log("  ", ev, name);
  if (waiting) {
    waiting = false;
    setImmediate(next);
  }
});
function next() {
  i++;
  if (i === steps.length) {
    w.close();
    fs.rmSync(dir, { recursive: true });
    return;
  }
  console.log(steps[i][0]);
  waiting = true;
  steps[i][1]();
}
next();
