// How crypto's objects print: Hash and Hmac with their handle and state, the webcrypto objects, a
// secret KeyObject, and the request object dns.lookup returns.
const crypto = require("crypto");

console.log(crypto.createHash("md5"));
console.log(crypto.createHmac("sha1", "k"));
console.log(crypto.webcrypto, crypto.subtle);
console.log(crypto.createSecretKey(Buffer.from("ab")));
console.log(require("dns").lookup("localhost", () => {}));
