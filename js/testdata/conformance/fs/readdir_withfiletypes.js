// fs.readdir with withFileTypes gives Dirent objects (sorted by name, as libuv's scandir sorts)
// that print like node's and answer isFile / isDirectory / isSymbolicLink.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-readdir-"));
process.chdir(dir);
fs.writeFileSync("b.txt", "b");
fs.mkdirSync("a-dir");
fs.symlinkSync("b.txt", "c-link");
fs.writeFileSync("B-upper", "");

fs.readdir(".", { withFileTypes: true }, (err, ents) => {
  console.log(err, ents.length);
  for (const e of ents) {
    console.log(e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink(), e.path, e.parentPath);
  }
  console.log(ents[0]);
  console.log(ents[0] instanceof fs.Dirent);
  console.log(fs.readdirSync("."));
  console.log(fs.readdirSync(".", { withFileTypes: true }).map((e) => e.name).join(","));
  fs.promises.readdir(".").then((names) => {
    console.log("promise", names);
    process.chdir(os.tmpdir());
    fs.rmSync(dir, { recursive: true });
  });
});
