// fs.writeFile then fs.readFile of the same file in os.tmpdir() returns what was written;
// the file is removed afterwards. Nothing path-dependent is printed.
const fs = require("fs");
const os = require("os");
const path = require("path");

const file = path.join(os.tmpdir(), "evloop-conformance-" + process.pid + ".txt");
fs.writeFile(file, "hello\nworld\n", (err) => {
  console.log("written", err);
  fs.readFile(file, "utf8", (err2, data) => {
    console.log(JSON.stringify(data));
    fs.unlink(file, (err3) => {
      console.log("unlinked", err3, fs.existsSync(file));
    });
  });
});
