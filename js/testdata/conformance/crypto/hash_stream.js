// Hash and Hmac are Transform streams: written data is hashed and the digest is pushed at the end
// (readable, data with setEncoding, pipeline). digest() still works after the stream ended.
const crypto = require("crypto");
const { pipeline, Readable, Writable, Transform } = require("stream");

const h = crypto.createHash("sha256");
h.on("readable", () => {
  const d = h.read();
  if (d) console.log("readable", d.toString("hex"));
});
h.write("some data ");
h.end("to hash");
const h2 = crypto.createHash("md5");
h2.setEncoding("hex");
h2.on("data", (d) => console.log("data", d));
h2.on("finish", () => console.log("finish"));
h2.on("end", () => console.log("end, digest()", h2.digest("hex")));
h2.end("abc");
const mac = crypto.createHmac("sha1", "k");
const sink = new Writable({
  write(chunk, enc, cb) {
    console.log("pipeline", chunk.toString("hex"));
    cb();
  },
});
pipeline(Readable.from(["a", "b", "c"]), mac, sink, (err) => console.log("pipeline done", err));
console.log(h instanceof Transform, typeof h.pipe, h.writable, h.readable);
const plain = crypto.createHash("sha1").update("x");
console.log(Object.keys(plain), plain.digest("hex"));
console.log("main end");
