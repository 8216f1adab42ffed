// fs.watch on a directory: a subdirectory made by the main script is reported as 'rename' with
// its name in the poll phase of the first iteration (after nextTick, before setImmediate); close()
// emits 'close' from a tick; a missing path throws ENOENT with syscall watch; persistent must be
// exactly true to keep the loop alive.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-watch-"));
const log = [];
const w = fs.watch(dir, (ev, name) => {
  log.push(`watch ${ev} ${name}`);
  w.close();
  log.push("closed");
});
w.on("close", () => log.push("close event"));
fs.mkdirSync(path.join(dir, "sub"));
setImmediate(() => log.push("immediate"));
process.nextTick(() => log.push("tick"));
Promise.resolve().then(() => log.push("promise"));
process.on("exit", () => {
  console.log(log.join("\n"));
  fs.rmSync(dir, { recursive: true });
});
try {
  fs.watch(path.join(dir, "missing"));
} catch (e) {
  console.log(e.code, e.syscall, e.errno, e.message.replace(dir, "DIR"), e.path === path.join(dir, "missing"),
    e.filename === path.join(dir, "missing"));
}
for (const bad of [1, null, {}]) {
  try {
    fs.watch(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
// Not exactly true: does not keep the loop alive.
fs.watch(dir, { persistent: 1 });
console.log(w instanceof require("events"), typeof w.ref, w.ref() === w, w.unref() === w);
w.ref();
