// V8's size limits as catchable RangeErrors: ArrayBuffer, typed arrays, strings from repeat/pad, Buffer sizes.
const attempts = {
  'ArrayBuffer(-1)': () => new ArrayBuffer(-1),
  'ArrayBuffer(2**53)': () => new ArrayBuffer(2 ** 53),
  'ArrayBuffer(1e12)': () => new ArrayBuffer(1e12),
  'Uint8Array(-1)': () => new Uint8Array(-1),
  'Uint8Array(1e10)': () => new Uint8Array(1e10),
  'Float64Array(2**33)': () => new Float64Array(2 ** 33),
  'Int32Array({length: 1e10})': () => new Int32Array({ length: 1e10 }),
  'Uint8Array(2**32+1)': () => new Uint8Array(2 ** 32 + 1),
  "'x'.repeat(2**29)": () => 'x'.repeat(2 ** 29),
  "'ab'.repeat(2**28)": () => 'ab'.repeat(2 ** 28),
  "'x'.padStart(2**30)": () => 'x'.padStart(2 ** 30),
  "'x'.padEnd(2**30)": () => 'x'.padEnd(2 ** 30),
  'Buffer.alloc(2**32+1)': () => Buffer.alloc(2 ** 32 + 1),
  'Buffer.allocUnsafe(-1)': () => Buffer.allocUnsafe(-1),
};
for (const [what, f] of Object.entries(attempts)) {
  try {
    f();
    console.log(what, 'ok');
  } catch (e) {
    console.log(what, e.name, e.code || '', e.message);
  }
}
const { constants, kMaxLength, kStringMaxLength } = require('buffer');
console.log(constants, kMaxLength, kStringMaxLength);
console.log(new Uint8Array(4).length, new ArrayBuffer(8).byteLength, 'ab'.repeat(3), 'x'.padStart(3, '-'));
