// SharedArrayBuffer and Atomics (one thread): the buffer under typed arrays, DataView, Buffer, TextDecoder, util.types and structuredClone (same memory); Atomics' operations, wait's timeout and not-equal, errors
const sab = new SharedArrayBuffer(16);
const ia = new Int32Array(sab);
console.log(sab, sab.byteLength, sab instanceof SharedArrayBuffer, sab instanceof ArrayBuffer, Object.prototype.toString.call(sab), sab.growable, sab.maxByteLength);
console.log(Atomics.add(ia, 0, 5), Atomics.load(ia, 0), Atomics.sub(ia, 0, 2), Atomics.exchange(ia, 1, 9), Atomics.compareExchange(ia, 1, 9, 4), Atomics.compareExchange(ia, 1, 7, 1), ia);
console.log(Atomics.store(ia, 2, 3.9), Atomics.store(ia, 2, -0), Atomics.and(ia, 0, 2), Atomics.or(ia, 0, 8), Atomics.xor(ia, 0, 1), ia[0], Atomics.isLockFree(4), Atomics.isLockFree(3), Atomics.notify(ia, 0, 1));
const t0 = Date.now(); console.log(Atomics.wait(ia, 3, 0, 30), Date.now() - t0 >= 25, Atomics.wait(ia, 3, 1, 30));
const u8 = new Uint8Array(new SharedArrayBuffer(2)); console.log(Atomics.add(u8, 0, 300), u8[0], Atomics.compareExchange(u8, 0, 300, 1), u8[0]);
const big = new BigInt64Array(new SharedArrayBuffer(16)); console.log(Atomics.add(big, 0, 5n), Atomics.load(big, 0), Atomics.wait(big, 1, 1n, 0));
for (const bad of [() => Atomics.add([1], 0, 1), () => Atomics.add(new Float64Array(1), 0, 1), () => Atomics.load(ia, 99), () => Atomics.wait(new Int32Array(4), 0, 0, 1), () => Atomics.wait(new Uint8Array(sab), 0, 0, 1)]) {
  try { bad(); } catch (e) { console.log(e.name, e.message); }
}
const util = require('util');
console.log(util.types.isSharedArrayBuffer(sab), util.types.isArrayBuffer(sab), util.types.isAnyArrayBuffer(sab), util.types.isArrayBuffer(new ArrayBuffer(1)), util.types.isSharedArrayBuffer(new ArrayBuffer(1)));
console.log(Buffer.from(sab).length, new DataView(sab).getInt32(0, true), sab.slice(0, 4), Object.getOwnPropertyNames(SharedArrayBuffer.prototype), Object.prototype.toString.call(Atomics), typeof Atomics, Object.getOwnPropertyNames(Atomics));
const r = Atomics.waitAsync(ia, 3, 0, 10); console.log(r.async); r.value.then((v) => console.log('waitAsync', v));
console.log(typeof SharedArrayBuffer, typeof Atomics, 'SharedArrayBuffer' in globalThis, Object.keys(globalThis).includes('Atomics'));
const s1 = new SharedArrayBuffer(4); const s2 = structuredClone(s1); new Uint8Array(s1)[0] = 7; console.log(s2 !== s1, new Uint8Array(s2)[0], structuredClone(new Int32Array(s1))[0], structuredClone({ s1 }).s1.byteLength);
