// fs.mkdir with recursive: the result is the first directory made (as given, relative here), or
// undefined when it all existed; a file in the way is EEXIST or ENOTDIR. Callback, sync and
// promise forms.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-mkdir-"));
process.chdir(dir);

console.log("sync", fs.mkdirSync("a/b/c", { recursive: true }));
console.log("sync again", fs.mkdirSync("a/b/c", { recursive: true }));
console.log("sync partly", fs.mkdirSync("a/b/d/e", { recursive: true }));
console.log("plain", fs.mkdirSync("plain"));
fs.writeFileSync("file", "");
try {
  fs.mkdirSync("file", { recursive: true });
} catch (err) {
  console.log("onto file", err.code, err.syscall, err.path);
}
try {
  fs.mkdirSync("file/x/y", { recursive: true });
} catch (err) {
  console.log("under file", err.code, err.syscall, err.path);
}
fs.mkdir("x/y", { recursive: true }, (err, first) => {
  console.log("callback", err, first);
  fs.mkdir("x/y", { recursive: true }, (err2, first2) => {
    console.log("callback again", err2, first2);
    fs.mkdir("x", (err3, first3) => {
      console.log("callback plain", err3 && err3.code, first3);
      fs.promises.mkdir("p/q/r", { recursive: true }).then((first4) => {
        console.log("promise", first4);
        console.log(fs.readdirSync("."), fs.readdirSync("a/b"));
        process.chdir(os.tmpdir());
        fs.rmSync(dir, { recursive: true, force: true });
      });
    });
  });
});
