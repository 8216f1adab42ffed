// readFile on a descriptor the program opened reads from its current offset and leaves it open;
// a read position argument does not move the offset; writeFile with flag 'a' appends.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-fd-"));
const file = path.join(dir, "data");
fs.writeFileSync(file, "0123456789");
const fd = fs.openSync(file, "r");
const head = Buffer.alloc(3);
fs.readSync(fd, head, 0, 3, null);
const peek = Buffer.alloc(2);
fs.readSync(fd, peek, 0, 2, 8);
console.log(head.toString(), peek.toString());
fs.readFile(fd, "utf8", (err, rest) => {
  console.log("rest", err, rest);
  fs.fstat(fd, (err2, st) => {
    console.log("still open", err2, st.size);
    fs.close(fd, (err3) => {
      console.log("closed", err3);
      fs.writeFile(file, "+", { flag: "a" }, () => {
        console.log(fs.readFileSync(file, "utf8"));
        fs.read(fd, Buffer.alloc(1), 0, 1, 0, (err4, n) => {
          console.log("after close", err4.code, n);
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
});
