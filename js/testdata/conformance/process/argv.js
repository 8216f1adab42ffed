// process.argv holds the node path and the script path (no extra arguments here).
const path = require("path");
console.log(process.argv.length);
console.log(path.basename(process.argv[1]));
console.log(typeof process.argv0, typeof process.execPath);
