// writeFile, appendFile, then readFile of the same file: callback and sync forms, strings and
// Buffers, an encoding, the 'a' and 'wx' flags, and a write into an open descriptor.
const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evloop-wr-"));
const file = path.join(dir, "out.txt");

fs.writeFile(file, "one\n", (err) => {
  console.log("writeFile", err);
  fs.appendFile(file, Buffer.from("two\n"), (err2) => {
    console.log("appendFile", err2);
    fs.appendFile(file, "74687265650a", "hex", (err3) => {
      console.log("appendFile hex", err3);
      fs.readFile(file, "utf8", (err4, text) => {
        console.log("readFile", err4, JSON.stringify(text));
        fs.writeFile(file, "again", { flag: "wx" }, (err5) => {
          console.log("wx", err5.code);
          fs.readFile(file, (err6, buf) => {
            console.log(Buffer.isBuffer(buf), buf.length, buf.toString("base64"));
            sync();
          });
        });
      });
    });
  });
});

function sync() {
  fs.writeFileSync(file, "alpha");
  fs.appendFileSync(file, "-beta");
  console.log(fs.readFileSync(file, "utf8"), fs.readFileSync(file, { encoding: "latin1" }));
  const fd = fs.openSync(file, "r+");
  console.log("writeSync", fs.writeSync(fd, "ALP"), fs.writeSync(fd, Buffer.from("!"), 0, 1, 9));
  const buf = Buffer.alloc(20);
  console.log("readSync", fs.readSync(fd, buf, 0, 20, 0), JSON.stringify(buf.toString("utf8", 0, 10)));
  fs.closeSync(fd);
  fs.writeFileSync(file, new Uint8Array([104, 105]));
  console.log(fs.readFileSync(file, "utf8"));
  fs.rmSync(dir, { recursive: true });
  console.log("done", fs.existsSync(dir));
}
