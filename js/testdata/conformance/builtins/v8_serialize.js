// v8.serialize/deserialize in V8's wire format (node 20's version 15, node's host objects
// for typed arrays and Buffers); Serializer/Deserializer's own methods; round trips.
const v8 = require('v8');
const hex = (v) => v8.serialize(v).toString('hex');
const noStack = (e) => { delete e.stack; return e; };
const o = { shared: true };
const values = [
  'a', 'é', '€x', 'x€', '', 1, -1, 0, -0, 2 ** 31, -(2 ** 31), 1.5, NaN, Infinity, true, false, null, undefined,
  { a: 1, b: 'x', c: { d: [] } }, [1, 2], [1, 2.5], [1, 'a'], [1, , 3], [], new Array(3), new Map([[1, 2], ['k', { v: 1 }]]), new Set([1, 'x']),
  new Date(0), /ab/gi, /x/msuy, 10n, -(2n ** 64n), 0n, Buffer.from('hi'), new Uint8Array([1, 2]), new Uint16Array([1]),
  new Float64Array([1, 2.5]), new DataView(new ArrayBuffer(2)), new ArrayBuffer(3), new BigInt64Array(1), new Int8Array(1),
  new Uint8ClampedArray(1), new Float32Array([1]), Buffer.from('abc').subarray(1), [o, o, { o }],
  noStack(new Error('m')), noStack(new TypeError('t')), noStack(new RangeError('r', { cause: 'why' })),
  Object(1), Object('s'), Object(true), Object(false), Object(1n), { 1: 2, a: 3, 4294967295: 5 },
  Object.assign([1], { x: 2 }), 'x'.repeat(200), 'é'.repeat(100) + '\u2603',
];
for (const v of values) {
  const buf = v8.serialize(v);
  const back = v8.deserialize(buf);
  console.log(buf.length, buf.toString('hex'), require('util').inspect(back, { depth: 4, breakLength: Infinity }));
}
for (const bad of [() => {}, Symbol('q'), { f() {} }, new WeakMap(), Promise.resolve()]) {
  try { v8.serialize(bad); } catch (e) { console.log(e.name, e.message); }
}
const a = v8.deserialize(v8.serialize([o, o]));
console.log(a[0] === a[1]);
const cyc = { name: 'c' }; cyc.self = cyc;
const c2 = v8.deserialize(v8.serialize(cyc));
console.log(c2.self === c2, hex(cyc));
// node-made bytes
console.log(v8.deserialize(Buffer.from('ff0f6f22016149022201624102490249042400022201632201782201645c0a0268692201654400000000000014402201665c0808000000000000e03f7b06', 'hex')));
try { v8.deserialize(Buffer.from('ff0f', 'hex')); } catch (e) { console.log(e.name, e.message); }
try { v8.deserialize(Buffer.from('00', 'hex')); } catch (e) { console.log(e.name, e.message); }
// Serializer's own methods
const ser = new v8.Serializer();
ser.writeHeader();
ser.writeUint32(300);
ser.writeUint64(1, 2);
ser.writeDouble(0.25);
ser.writeRawBytes(Buffer.from([9, 8]));
ser.writeValue({ k: [1] });
const raw = ser.releaseBuffer();
console.log(raw.toString('hex'));
const des = new v8.Deserializer(raw);
console.log(des.readHeader(), des.getWireFormatVersion(), des.readUint32(), des.readUint64(), des.readDouble(), des.readRawBytes(2), des.readValue());
class MySer extends v8.DefaultSerializer {}
const my = new MySer(); my.writeHeader(); my.writeValue(new Uint32Array([7])); console.log(my.releaseBuffer().toString('hex'));
const plain = new v8.Serializer(); plain.writeHeader(); plain.writeValue(new Uint8Array([5, 6])); console.log(plain.releaseBuffer().toString('hex'));
console.log(Object.keys(v8).filter((k) => /serial/i.test(k)));
