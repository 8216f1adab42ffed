// Argument errors of the crypto functions: node's classes, codes and messages.
const crypto = require("crypto");

function attempt(label, fn) {
  try {
    fn();
    console.log(label, "no error");
  } catch (e) {
    console.log(label, "|", e.name, "|", e.code, "|", e.message);
  }
}
attempt("unknown hash", () => crypto.createHash("nope"));
attempt("hash name type", () => crypto.createHash(7));
attempt("update type", () => crypto.createHash("md5").update(7));
attempt("update ArrayBuffer", () => crypto.createHash("md5").update(new ArrayBuffer(2)));
attempt("odd hex", () => crypto.createHash("md5").update("abc", "hex"));
attempt("digest twice", () => { const h = crypto.createHash("md5"); h.digest(); h.digest(); });
attempt("copy after digest", () => { const h = crypto.createHash("md5"); h.digest(); h.copy(); });
attempt("pbkdf2 iterations 0", () => crypto.pbkdf2Sync("p", "s", 0, 8, "sha256"));
attempt("pbkdf2 iterations 1.5", () => crypto.pbkdf2Sync("p", "s", 1.5, 8, "sha256"));
attempt("pbkdf2 iterations string", () => crypto.pbkdf2Sync("p", "s", "1", 8, "sha256"));
attempt("pbkdf2 keylen -1", () => crypto.pbkdf2Sync("p", "s", 1, -1, "sha256"));
attempt("pbkdf2 password", () => crypto.pbkdf2Sync(1, "s", 1, 8, "sha256"));
attempt("pbkdf2 no digest", () => crypto.pbkdf2Sync("p", "s", 1, 8));
attempt("pbkdf2 bad digest", () => crypto.pbkdf2Sync("p", "s", 1, 8, "nope"));
attempt("pbkdf2 no callback", () => crypto.pbkdf2("p", "s", 1, 8, "sha256"));
attempt("pbkdf2 async bad digest", () => crypto.pbkdf2("p", "s", 1, 8, "nope", () => {}));
attempt("randomBytes -1", () => crypto.randomBytes(-1));
attempt("randomBytes string", () => crypto.randomBytes("1"));
attempt("randomBytes 2**31", () => crypto.randomBytes(2 ** 31));
attempt("randomBytes callback", () => crypto.randomBytes(1, "cb"));
attempt("randomFillSync array", () => crypto.randomFillSync([1, 2]));
attempt("randomFillSync offset", () => crypto.randomFillSync(new Uint8Array(4), 5));
attempt("randomFillSync size", () => crypto.randomFillSync(new Uint8Array(4), 1, 4));
attempt("randomInt max <= min", () => crypto.randomInt(10, 5));
attempt("randomInt float", () => crypto.randomInt(1.5));
attempt("randomInt range", () => crypto.randomInt(2 ** 48));
attempt("randomInt range min", () => crypto.randomInt(-1, 2 ** 48));
attempt("getRandomValues float", () => crypto.getRandomValues(new Float64Array(1)));
attempt("getRandomValues quota", () => crypto.getRandomValues(new Uint8Array(65537)));
attempt("hkdf keylen", () => crypto.hkdfSync("sha256", "k", "s", "i", 255 * 32 + 1));
