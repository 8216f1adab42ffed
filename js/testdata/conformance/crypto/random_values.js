// randomBytes, randomFill(Sync), randomInt and getRandomValues: lengths, ranges and the order of
// their callbacks. randomBytes(0, cb) calls back at once; the first async randomInt waits for the
// thread pool to fill its cache, later ones come in a nextTick. Pool jobs are chained, so their
// order is fixed.
const crypto = require("crypto");

console.log("randomBytes", crypto.randomBytes(16).length, Buffer.isBuffer(crypto.randomBytes(1)));
crypto.randomBytes(0, (err, buf) => console.log("randomBytes(0) callback", err, buf.length));
crypto.randomInt(10, (err, n) => {
  console.log("first async randomInt", err, n >= 0 && n < 10);
  crypto.randomBytes(24, (err2, buf) => {
    console.log("randomBytes(24) callback", err2, buf.length);
    crypto.randomFill(new Uint8Array(8), (err3, filled) => {
      console.log("randomFill callback", err3, filled.length);
      crypto.randomInt(5, 6, (err4, m) => console.log("cached async randomInt", err4, m));
      process.nextTick(() => console.log("tick 2"));
    });
  });
});
process.nextTick(() => console.log("tick 1"));
const u32 = new Uint32Array(4);
console.log("randomFillSync returns its argument", crypto.randomFillSync(u32, 1, 2) === u32);
console.log("untouched ends", u32[0] === 0 && u32[3] === 0);
const ints = Array.from({ length: 200 }, () => crypto.randomInt(-3, 3));
console.log("randomInt range", ints.every((n) => Number.isInteger(n) && n >= -3 && n < 3));
console.log("getRandomValues", crypto.getRandomValues(new Int16Array(8)).length, crypto.webcrypto.getRandomValues(new Uint8Array(3)).length);
console.log("main end");
