// statfs: a StatFs with seven numbers (or bigints); the values vary by machine, so only their
// shape is printed; a missing path gives ENOENT with syscall statfs.
const fs = require("fs");
const os = require("os");
const path = require("path");

const missing = path.join(os.tmpdir(), "evloop-no-such-dir", "x");

const shape = (s) => [s.constructor.name, Object.keys(s).join(","),
  Object.values(s).map((v) => typeof v).join(","), s.bsize > 0, s.blocks >= s.bfree, s.bfree >= s.bavail];

console.log("sync", shape(fs.statfsSync(os.tmpdir())));
console.log("bigint", shape(fs.statfsSync(os.tmpdir(), { bigint: true })));
try {
  fs.statfsSync(missing);
} catch (e) {
  console.log(e.code, e.syscall, e.message.replace(missing, "MISSING"));
}
try {
  fs.statfsSync(42);
} catch (e) {
  console.log(e.code, e.message);
}
fs.statfs(os.tmpdir(), (err, s) => {
  console.log("cb", err, shape(s));
  fs.statfs(missing, (err2) => {
    console.log("cb missing", err2.code, err2.path === missing);
    fs.promises.statfs(os.tmpdir(), { bigint: true }).then((s2) => console.log("promise", shape(s2)));
  });
});
