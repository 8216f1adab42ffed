// require('os'): EOL (JSON-quoted), cpus() is an array, platform() matches process.platform.
const os = require("os");
console.log(JSON.stringify(os.EOL));
console.log(Array.isArray(os.cpus()), typeof os.cpus);
console.log(os.platform() === process.platform, typeof os.tmpdir(), typeof os.hostname());
