// Buffer.prototype methods called on non-Buffers (plain objects, strings, arrays, a Uint8Array, a Uint16Array, a DataView) throw or work as node's: toString/write through this.utf8Slice and buf.hexSlice, the C++ slices' "argument must be a buffer", fill/equals through TypedArray byteLength.
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', ArrayBuffer.isView(r) ? Object.prototype.toString.call(r) + ' ' + Array.from(new Uint8Array(r.buffer, r.byteOffset, r.byteLength)).join(',') : JSON.stringify(r));
  } catch (e) {
    console.log(label, 'throw', e.name, e.code, e.message);
  }
};
const P = Buffer.prototype;
const make = () => [
  ['object', { length: 2, 0: 104, 1: 105 }],
  ['string', 'hi'],
  ['array', [104, 105]],
  ['uint8', new Uint8Array([104, 105])],
  ['uint16', new Uint16Array([0x6968, 0x2121])],
  ['dataview', new DataView(new Uint8Array([104, 105]).buffer)],
  ['bufproto', Object.create(Buffer.prototype)],
];
const calls = [
  ['toString()', (v) => P.toString.call(v)],
  ['toString(hex)', (v) => P.toString.call(v, 'hex')],
  ['toString(utf8,0,1)', (v) => P.toString.call(v, 'utf8', 0, 1)],
  ['toLocaleString()', (v) => P.toLocaleString.call(v)],
  ['hexSlice()', (v) => P.hexSlice.call(v)],
  ['latin1Slice(0,1)', (v) => P.latin1Slice.call(v, 0, 1)],
  ['utf8Write(x)', (v) => P.utf8Write.call(v, 'x')],
  ['write(x)', (v) => P.write.call(v, 'x')],
  ['write(x,ascii)', (v) => P.write.call(v, 'x', 'ascii')],
  ['write(x,0,hex)', (v) => P.write.call(v, 'ff', 0, 'hex')],
  ['fill(1)', (v) => P.fill.call(v, 1)],
  ['fill(a)', (v) => P.fill.call(v, 'a')],
  ['fill(ab)', (v) => P.fill.call(v, 'ab')],
  ['fill(true)', (v) => P.fill.call(v, true)],
  ['equals', (v) => P.equals.call(v, Buffer.from('hi'))],
  ['compare', (v) => P.compare.call(v, Buffer.from('hi'))],
  ['compare(t,0)', (v) => P.compare.call(v, Buffer.from('hi'), 0)],
  ['indexOf(105)', (v) => P.indexOf.call(v, 105)],
  ['includes(105)', (v) => P.includes.call(v, 105)],
  ['slice(1)', (v) => P.slice.call(v, 1)],
  ['inspect', (v) => P.inspect.call(v)],
  ['toJSON', (v) => P.toJSON.call(v)],
];
for (const [cname, call] of calls) {
  for (const [vname, v] of make()) show(cname + ' ' + vname, () => call(v));
}
const u16 = new Uint16Array([0x6162, 0x6364]);
show('hexSlice(1,3) uint16', () => P.hexSlice.call(u16, 1, 3));
show('hexSlice(1,5) uint16', () => P.hexSlice.call(u16, 1, 5));
show('hexWrite uint16', () => [P.hexWrite.call(u16, 'ffff', 2), Array.from(u16)]);
show('buffer toString', () => Buffer.from('hello').toString('hex', 1, 3) + Buffer.from('hello').toString(undefined, 1));
show('buffer write', () => { const b = Buffer.alloc(4); return [b.write('hi'), b.write('zz', 2, 'latin1'), b.toString()]; });
show('buffer write non-string', () => Buffer.alloc(2).write(5));
show('buffer write bad offset', () => Buffer.alloc(2).write(5, 9));
