// fs.watch on a file: an attribute change is 'change' and a rename 'rename', both with the file's
// own base name; two watchers of one file both hear it, in the order they were made; encoding
// 'buffer' gives the name as a Buffer; closing one leaves the other.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-watchf-"));
const f = path.join(dir, "file.txt");
fs.writeFileSync(f, "x");
const a = fs.watch(f, (ev, name) => console.log("a", ev, name));
let renamed = false;
const b = fs.watch(f, { encoding: "buffer" }, (ev, name) => {
  console.log("b", ev, Buffer.isBuffer(name) ? "buffer " + name.toString() : name);
  if (ev === "change" && !renamed) {
    renamed = true;
    setImmediate(() => {
      a.close();
      fs.renameSync(f, path.join(dir, "moved.txt"));
    });
  } else if (ev === "rename") {
    b.close();
    fs.rmSync(dir, { recursive: true });
  }
});
fs.utimesSync(f, 5, 6);
