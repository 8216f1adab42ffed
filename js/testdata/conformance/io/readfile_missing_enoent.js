// fs.readFile of a missing file calls back with an ENOENT error in node's shape
// (code, errno, syscall, path); the path is relative so nothing absolute is printed.
const fs = require("fs");

fs.readFile("does-not-exist.txt", (err, data) => {
  console.log(err instanceof Error);
  console.log(err.code);
  console.log(err.errno);
  console.log(err.syscall);
  console.log(err.path);
  console.log(err.message);
  console.log(data);
});
