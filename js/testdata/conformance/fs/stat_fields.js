// fs.Stats: the fields node has, in its order, their types, the mode of a file made with mode
// 0o640 (umask 022 leaves it), size, nlink, the type predicates, and times near Date.now().
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-stat-"));
const file = path.join(dir, "f.txt");
fs.writeFileSync(file, "hello", { mode: 0o640 });

fs.stat(file, (err, st) => {
  console.log(err, st instanceof fs.Stats, st.constructor.name);
  console.log(Object.keys(st).join(","));
  console.log(Object.keys(st).map((k) => typeof st[k]).join(","));
  console.log((st.mode & 0o777).toString(8), (st.mode & fs.constants.S_IFMT) === fs.constants.S_IFREG);
  console.log(st.size, st.nlink, st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.isFIFO());
  console.log(st.mtime instanceof Date, Math.abs(st.mtimeMs - Date.now()) < 60000);
  console.log(st.mtime.getTime() === Math.round(st.mtimeMs));
  const ds = fs.statSync(dir);
  console.log("dir", ds.isDirectory(), ds.isFile(), (ds.mode & 0o777).toString(8));
  fs.symlinkSync("f.txt", path.join(dir, "link"));
  const ls = fs.lstatSync(path.join(dir, "link"));
  console.log("lstat", ls.isSymbolicLink(), ls.size, fs.statSync(path.join(dir, "link")).isFile());
  const fd = fs.openSync(file, "r");
  console.log("fstat", fs.fstatSync(fd).size, fs.fstatSync(fd).ino === st.ino);
  fs.closeSync(fd);
  console.log("missing", fs.statSync(path.join(dir, "nope"), { throwIfNoEntry: false }));
  fs.rmSync(dir, { recursive: true });
});
