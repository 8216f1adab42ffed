// crypto.subtle.digest resolves an ArrayBuffer (the job runs on the thread pool); bad algorithms and
// data reject with a DOMException or a TypeError. Awaited one after the other, so the order is fixed.
const { subtle } = globalThis.crypto;

console.log(Object.prototype.toString.call(subtle), subtle === require("crypto").subtle);
(async () => {
  const ab = await subtle.digest("SHA-256", new TextEncoder().encode("abc"));
  console.log(ab.constructor.name, ab.byteLength, Buffer.from(ab).toString("hex"));
  for (const alg of ["sha-1", { name: "SHA-384" }, "SHA-512"]) {
    const d = await subtle.digest(alg, Buffer.from("abc"));
    console.log(JSON.stringify(alg), Buffer.from(d).toString("hex").slice(0, 24));
  }
  for (const [alg, data] of [["MD5", Buffer.from("abc")], ["SHA-256", "abc"], [{}, new Uint8Array(1)]]) {
    try {
      await subtle.digest(alg, data);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  await subtle.digest.call({}, "SHA-256", new Uint8Array(0)).catch((e) => console.log(e.name, e.code, e.message));
})();
process.nextTick(() => console.log("tick"));
console.log("main end");
