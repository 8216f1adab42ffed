// fs.promises.watch: an async iterator of { eventType, filename }, read one event at a time;
// break closes the watcher; an AbortSignal ends the loop with AbortError; a missing path
// rejects the first next() with ENOENT.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-watchp-"));
(async () => {
  const it = fs.promises.watch(dir);
  setImmediate(() => fs.mkdirSync(path.join(dir, "one")));
  let n = 0;
  for await (const ev of it) {
    console.log(ev);
    if (++n === 1) setImmediate(() => fs.rmdirSync(path.join(dir, "one")));
    else break;
  }
  const ac = new AbortController();
  setImmediate(() => fs.mkdirSync(path.join(dir, "two")));
  try {
    for await (const ev of fs.promises.watch(dir, { signal: ac.signal })) {
      console.log("before abort", ev);
      ac.abort();
    }
  } catch (e) {
    console.log(e.name, e.code);
  }
  try {
    for await (const ev of fs.promises.watch(path.join(dir, "missing"))) console.log(ev);
  } catch (e) {
    console.log(e.code, e.syscall);
  }
  try {
    await fs.promises.watch(dir, { signal: AbortSignal.abort() }).next();
  } catch (e) {
    console.log("aborted before", e.name);
  }
  fs.rmSync(dir, { recursive: true });
})();
