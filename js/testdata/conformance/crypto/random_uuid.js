// randomUUID: version 4, RFC 4122 variant, lower-case hex; the crypto global is webcrypto.
const crypto = require("crypto");

const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ids = Array.from({ length: 100 }, () => crypto.randomUUID());
console.log(ids.every((id) => re.test(id)), new Set(ids).size);
console.log(re.test(crypto.randomUUID({ disableEntropyCache: true })));
console.log(re.test(globalThis.crypto.randomUUID()), globalThis.crypto === crypto.webcrypto);
console.log(Object.prototype.toString.call(globalThis.crypto));
try {
  crypto.randomUUID({ disableEntropyCache: "yes" });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
