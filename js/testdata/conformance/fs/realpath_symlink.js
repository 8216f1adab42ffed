// realpath resolves symlinks (a chain, and a directory link); a missing path is ENOENT from
// lstat; readlink gives the target as written. Results are printed relative to the temp dir.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "evloop-real-")));
process.chdir(dir);
fs.mkdirSync("real-dir");
fs.writeFileSync("real-dir/file", "x");
fs.symlinkSync("real-dir", "dir-link");
fs.symlinkSync("dir-link/file", "link1");
fs.symlinkSync("link1", "link2");

fs.realpath("link2", (err, p) => {
  console.log("realpath", err, path.relative(dir, p), path.isAbsolute(p));
  console.log("sync", path.relative(dir, fs.realpathSync("dir-link/../real-dir/./file")));
  console.log("readlink", fs.readlinkSync("link2"), fs.readlinkSync("link1"));
  fs.realpath("dir-link/missing", (err2) => {
    console.log("missing", err2.code, err2.syscall, path.relative(dir, err2.path));
    fs.promises.realpath("link1").then((p3) => {
      console.log("promise", path.relative(dir, p3));
      console.log("read through links", fs.readFileSync("link2", "utf8"));
      process.chdir(os.tmpdir());
      fs.rmSync(dir, { recursive: true });
    });
  });
});
