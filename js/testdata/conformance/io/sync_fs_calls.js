// Synchronous fs calls run inline, before any callback: existsSync, readFileSync, readdirSync.
const fs = require("fs");
const path = require("path");

setImmediate(() => console.log("immediate"));
console.log(fs.existsSync(__filename));
console.log(fs.existsSync("no-such-file"));
console.log(fs.readFileSync(__filename, "utf8").length > 0);
console.log(fs.readdirSync(__dirname).includes(path.basename(__filename)));
try {
  fs.readFileSync("no-such-file");
} catch (err) {
  console.log(err.code);
}
