// process.cwd() is a string (the case's directory), pid and ppid are positive integers.
const path = require("path");
console.log(typeof process.cwd(), path.basename(process.cwd()));
console.log(Number.isInteger(process.pid), process.pid > 0, Number.isInteger(process.ppid));
