// Decoding past V8's longest string (2^29-24 units) throws node's
// ERR_STRING_TOO_LONG before any of it is made: Buffer#toString in each
// encoding, a subarray, TextDecoder, fs.readFileSync with an encoding.
const fs = require('fs');
const b = Buffer.allocUnsafe(2 ** 29 - 23);
function attempt(label, f) {
  try {
    const s = f();
    console.log(label, 'ok', s.length);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
for (const e of ['latin1', 'utf8', 'ascii', 'base64', 'base64url', 'hex']) attempt(e, () => b.toString(e));
attempt('hex of 2^28', () => b.subarray(0, 2 ** 28).toString('hex'));
attempt('latin1Slice', () => b.latin1Slice(0, b.length));
attempt('TextDecoder', () => new TextDecoder().decode(b));
attempt('small', () => b.subarray(0, 10).fill(97).toString());
