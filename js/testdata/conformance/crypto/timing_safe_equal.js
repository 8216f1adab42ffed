// timingSafeEqual compares equal-length byte sources; other lengths and types throw.
const crypto = require("crypto");

console.log(crypto.timingSafeEqual(Buffer.from("secret"), Buffer.from("secret")));
console.log(crypto.timingSafeEqual(Buffer.from("secret"), Buffer.from("secreT")));
console.log(crypto.timingSafeEqual(new Uint16Array([1, 2]), new Uint8Array([1, 0, 2, 0])));
console.log(crypto.timingSafeEqual(new ArrayBuffer(3), new DataView(new ArrayBuffer(3))));
for (const [a, b] of [[Buffer.from("a"), Buffer.from("ab")], ["a", Buffer.from("a")], [Buffer.from("a"), null]]) {
  try {
    crypto.timingSafeEqual(a, b);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
