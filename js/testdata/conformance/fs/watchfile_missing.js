// fs.watchFile polls stat like libuv's uv_fs_poll: a missing file calls the listener once with
// zeroed stats; once made, the next poll reports it (curr, prev); unwatchFile stops the polling
// and lets the program end.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-watchfile-"));
const f = path.join(dir, "later.txt");
let calls = 0;
const listener = (curr, prev) => {
  calls++;
  console.log("call", calls, curr.size, prev.size, curr.mtimeMs === 0, prev.mtimeMs === 0, curr.isFile());
  if (calls === 1) fs.writeFileSync(f, "12345");
  else {
    fs.unwatchFile(f, listener);
    fs.rmSync(dir, { recursive: true });
  }
};
const w = fs.watchFile(f, { interval: 20 }, listener);
console.log(typeof w.ref, typeof w.unref, w.listenerCount("change"));
try {
  fs.watchFile(f);
} catch (e) {
  console.log(e.code, e.message);
}
