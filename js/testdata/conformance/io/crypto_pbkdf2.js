// crypto.pbkdf2 runs on the thread pool; its callback comes after the main script. Two calls
// chained (the second starts in the first's callback) so their order is fixed.
const crypto = require("crypto");

crypto.pbkdf2("secret", "salt", 1000, 16, "sha256", (err, key) => {
  console.log("first", err, key.toString("hex"));
  crypto.pbkdf2("secret", "pepper", 1000, 16, "sha256", (err2, key2) => {
    console.log("second", err2, key2.toString("hex"));
  });
});
console.log("sync end");
