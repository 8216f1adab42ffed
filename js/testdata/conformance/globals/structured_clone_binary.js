// structuredClone copies ArrayBuffers and views (a Buffer becomes a Uint8Array); views of one buffer share its copy.
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
const o = { a: new Uint8Array(ab), b: new Uint16Array(ab, 2, 2), d: new DataView(ab, 4), f: new Float64Array([1.5]) };
const c = structuredClone(o);
console.log(c.a.buffer === c.b.buffer, c.b.buffer === c.d.buffer, c.a.buffer !== ab, c.b.byteOffset, c.b.length);
console.log(c.a, c.b, c.d.getUint8(0), c.f);
c.a[0] = 99;
console.log(o.a[0], c.b[0] === new Uint16Array(c.a.buffer, 2, 1)[0]);
const b = structuredClone(Buffer.from('hey'));
console.log(b, Buffer.isBuffer(b), b instanceof Uint8Array);
console.log(structuredClone(new BigInt64Array([5n])), structuredClone(ab).byteLength);
