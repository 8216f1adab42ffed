// link: a second name for the same inode (nlink counts, same ino, shared contents); EEXIST and
// ENOENT messages name both paths; callback, sync and promise forms; argument validation.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-link-"));
process.chdir(dir);
fs.writeFileSync("a", "one");

fs.linkSync("a", "b");
const sa = fs.statSync("a");
const sb = fs.statSync("b");
console.log("linkSync", sa.nlink, sb.nlink, sa.ino === sb.ino);
fs.appendFileSync("b", " two");
console.log("shared", fs.readFileSync("a", "utf8"));

try {
  fs.linkSync("a", "b");
} catch (e) {
  console.log(e.code, e.syscall, e.message, e.path, e.dest);
}
try {
  fs.linkSync(1, "x");
} catch (e) {
  console.log(e.code, e.message);
}
try {
  fs.linkSync("a", { href: 1 });
} catch (e) {
  console.log(e.code, e.message);
}
try {
  fs.link("a", "c");
} catch (e) {
  console.log(e.code, e.message);
}

fs.link("nope", "c", (err) => {
  console.log("link missing", err.code, err.message);
  fs.link("a", "c", (err2) => {
    console.log("link cb", err2, fs.statSync("a").nlink);
    fs.unlinkSync("a");
    console.log("after unlink", fs.statSync("b").nlink, fs.readFileSync("c", "utf8"));
    fs.promises.link("b", "d").then(() => {
      console.log("promises.link", fs.statSync("d").nlink, fs.readdirSync(".").sort());
      return fs.promises.link("b", "d");
    }).catch((e) => {
      console.log("rejected", e.code, e.syscall);
      fs.mkdirSync("sub");
      try {
        fs.linkSync("sub", "sub2");
      } catch (e2) {
        console.log("directory", e2.code);
      }
      process.chdir(os.tmpdir());
      fs.rmSync(dir, { recursive: true });
    });
  });
});
