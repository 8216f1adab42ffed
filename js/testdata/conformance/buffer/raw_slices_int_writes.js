// buf.utf8Slice()/latin1Slice()/... index checks (node's 'Index out of range') and writeInt*/writeUInt* with fractional and negative values (truncation as node's writeU_IntNN)
const b = Buffer.from('hello');
for (const a of [[2, 1], [0], [undefined, 3], [1.5, 3.7], ['1', '3'], [null, 2], [NaN, 2], [0, 5], [5, 5], [6, 6], [0, -1], [-0, 2], [-1, 2], [0, 6]])
  for (const m of ['utf8Slice', 'latin1Slice', 'hexSlice', 'asciiSlice', 'ucs2Slice', 'base64Slice', 'base64urlSlice'])
    try { console.log(a, m, JSON.stringify(b[m](...a))); } catch (e) { console.log(a, m, e.code, e.message); }
const w = (name, size, vals, ...extra) => { for (const v of vals) { const x = Buffer.alloc(size); try { x[name](v, 0, ...extra); console.log(name, v, x); } catch (e) { console.log(name, v, e.code, e.message); } } };
const vals = [-1.9, 1.9, -0.5, 0.5, -0, -128.5, 255.9, -2.5, 2 ** 31 - 0.5, -(2 ** 31) - 0.5, 1e-10, -1e-10];
for (const [n, s] of [['writeInt8', 1], ['writeUInt8', 1], ['writeInt16LE', 2], ['writeInt16BE', 2], ['writeUInt16LE', 2], ['writeUInt16BE', 2], ['writeInt32LE', 4], ['writeInt32BE', 4], ['writeUInt32LE', 4], ['writeUInt32BE', 4]]) w(n, s, vals);
for (const bl of [1, 2, 3, 4, 5, 6]) { w('writeIntLE', 6, vals, bl); w('writeIntBE', 6, vals, bl); w('writeUIntLE', 6, vals, bl); w('writeUIntBE', 6, vals, bl); }
