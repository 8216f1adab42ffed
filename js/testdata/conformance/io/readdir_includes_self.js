// fs.readdir of __dirname (callback form) lists this file.
const fs = require("fs");
const path = require("path");

fs.readdir(__dirname, (err, names) => {
  console.log(err, Array.isArray(names), names.includes(path.basename(__filename)));
});
