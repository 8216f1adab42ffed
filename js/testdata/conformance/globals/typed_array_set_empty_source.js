// %TypedArray%.prototype.set with an empty source of another type (or at its buffer's end) copies nothing; the offset and detach checks stay node's.
const empties = [new Uint8Array(0), new Int8Array(0), new Float64Array(0), new Uint8Array(new ArrayBuffer(8), 8, 0), new BigInt64Array(0), []];
for (const T of [Uint8ClampedArray, Uint8Array, Float32Array, BigUint64Array]) {
  for (const [i, src] of empties.entries()) {
    for (const off of [undefined, 0, 1, 3, -1]) {
      const t = new T(2);
      try {
        t.set(src, off);
        console.log(T.name, i, off, 'ok', t.length);
      } catch (e) {
        console.log(T.name, i, off, e.name);
      }
    }
  }
}
const ab = new ArrayBuffer(8);
const gone = new Uint8Array(ab);
structuredClone(ab, { transfer: [ab] });
try { new Float64Array(1).set(gone); } catch (e) { console.log('detached source', e.name); }
try { gone.set(new Float64Array(0)); } catch (e) { console.log('detached target', e.name); }
console.log(Uint8Array.prototype.set.name, Uint8Array.prototype.set.length);
