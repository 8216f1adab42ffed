// crypto.pbkdf2 runs on the thread pool: the main script ends, its nextTick and the first
// iteration's setImmediate run, and then the callback comes in a poll phase. Inside that I/O
// callback, nextTick and promises run first, then setImmediate before setTimeout 0.
const crypto = require("crypto");

crypto.pbkdf2("secret", "salt", 200000, 32, "sha256", (err, key) => {
  console.log("pbkdf2", err, key.length, key.toString("hex"));
  setTimeout(() => console.log("timeout"), 0);
  setImmediate(() => console.log("immediate"));
  process.nextTick(() => console.log("nextTick"));
  Promise.resolve().then(() => console.log("promise"));
});
setImmediate(() => console.log("immediate before the pool job"));
process.nextTick(() => console.log("tick in main"));
console.log("sync", crypto.pbkdf2Sync("secret", "salt", 1, 16, "sha1").toString("hex"));
console.log("main end");
