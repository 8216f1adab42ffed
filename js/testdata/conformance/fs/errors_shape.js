// fs errors in node's shape: ENOENT, EEXIST, EISDIR, ENOTDIR, ENOTEMPTY from the callback API print
// as [Error: CODE: text, syscall 'path'] with errno, code, syscall, path (and dest); sync ones
// carry the same fields. Paths are relative to a fresh temp dir, so nothing absolute is printed.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-errors-"));
process.chdir(dir);
fs.writeFileSync("file.txt", "x");
fs.mkdirSync("full");
fs.writeFileSync("full/inside", "y");

function show(label, err) {
  console.log(label, err);
}

fs.open("missing.txt", "r", (err) => {
  show("open", err);
  fs.mkdir("full", (err2) => {
    show("mkdir", err2);
    fs.readFile("full", (err3, data) => {
      show("readFile dir", err3);
      console.log("data", data);
      fs.readdir("file.txt", (err4) => {
        show("readdir file", err4);
        fs.rmdir("full", (err5) => {
          show("rmdir", err5);
          fs.rename("missing.txt", "other.txt", (err6) => {
            show("rename", err6);
            fs.copyFile("file.txt", "full/inside", fs.constants.COPYFILE_EXCL, (err7) => {
              show("copyFile", err7);
              sync();
            });
          });
        });
      });
    });
  });
});

function sync() {
  for (const [label, f] of [
    ["statSync", () => fs.statSync("missing.txt")],
    ["statSync slash", () => fs.statSync("file.txt/")],
    ["openSync wx", () => fs.openSync("file.txt", "wx")],
    ["openSync dir w", () => fs.openSync("full", "w")],
    ["unlinkSync dir", () => fs.unlinkSync("full")],
    ["rmdirSync file", () => fs.rmdirSync("file.txt")],
    ["mkdirSync under file", () => fs.mkdirSync("file.txt/sub")],
    ["renameSync dir over file", () => fs.renameSync("full", "file.txt")],
    ["closeSync bad fd", () => fs.closeSync(9999)],
    ["fstatSync bad fd", () => fs.fstatSync(9999)],
  ]) {
    try {
      f();
      console.log(label, "no error");
    } catch (err) {
      console.log(label, err.message, err.errno, err.code, err.syscall, err.path, err.dest, err instanceof Error);
    }
  }
  process.chdir(os.tmpdir());
  fs.rmSync(dir, { recursive: true });
  console.log("cleaned", fs.existsSync(dir));
}
