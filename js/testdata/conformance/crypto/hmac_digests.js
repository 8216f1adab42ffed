// createHmac with string, Buffer and KeyObject keys; a second digest() of an Hmac returns an
// empty result instead of throwing (unlike Hash); update() after digest() throws.
const crypto = require("crypto");

console.log(crypto.createHmac("sha256", "key").update("The quick brown fox jumps over the lazy dog").digest("hex"));
console.log(crypto.createHmac("md5", Buffer.from("key")).update("data").digest("base64"));
console.log(crypto.createHmac("sha512", "").update("").digest("hex").slice(0, 32));
const key = crypto.createSecretKey(Buffer.from("secret"));
console.log(key.type, key.symmetricKeySize);
console.log(crypto.createHmac("sha1", key).update("x").digest("hex") === crypto.createHmac("sha1", "secret").update("x").digest("hex"));
const mac = crypto.createHmac("sha1", "k");
mac.update("a");
console.log(mac.digest("hex"));
console.log(JSON.stringify(mac.digest("hex")), mac.digest().length);
try {
  mac.update("b");
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  crypto.createHmac("nope", "k");
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  crypto.createHmac("sha1", 42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
