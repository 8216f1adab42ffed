// createHash: md5, sha1, sha256 and sha512 digests in each output encoding, incremental updates,
// input encodings, views and copy().
const crypto = require("crypto");

for (const alg of ["md5", "sha1", "sha256", "sha512"]) {
  console.log(alg, crypto.createHash(alg).update("hello ").update("world").digest("hex"));
}
const h = crypto.createHash("sha256").update("abc");
console.log("base64", h.copy().digest("base64"));
console.log("base64url", h.copy().digest("base64url"));
console.log("latin1 length", h.copy().digest("latin1").length);
const buf = h.digest();
console.log("buffer", Buffer.isBuffer(buf), buf.length, buf.toString("hex").slice(0, 16));
console.log("hex input", crypto.createHash("md5").update("616263", "hex").digest("hex"));
console.log("base64 input", crypto.createHash("md5").update("YWJj", "base64").digest("hex"));
console.log("utf8 input", crypto.createHash("md5").update("é€😀").digest("hex"));
console.log("typed array", crypto.createHash("sha1").update(new Uint16Array([1, 2, 3])).digest("hex"));
console.log("dataview", crypto.createHash("sha1").update(new DataView(new ArrayBuffer(4))).digest("hex"));
console.log("one-shot", crypto.hash("sha1", "abc"));
console.log("uppercase name", crypto.createHash("SHA256").update("abc").digest("hex") === crypto.createHash("sha256").update("abc").digest("hex"));
const base = crypto.createHash("sha256").update("prefix-");
const a = base.copy().update("a").digest("hex");
const b = base.copy().update("b").digest("hex");
console.log("copies differ", a !== b, base.update("a").digest("hex") === a);
console.log("getHashes", crypto.getHashes().includes("sha256"), crypto.getHashes().includes("md5"));
