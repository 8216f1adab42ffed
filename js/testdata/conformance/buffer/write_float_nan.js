// writeDouble/writeFloat LE and BE: NaN is written as V8's quiet NaN, with Infinity, -0 and tiny values, read back.
const b = Buffer.alloc(8);
const hex = () => b.toString('hex');
for (const [name, size] of [['Double', 8], ['Float', 4]]) {
  for (const end of ['LE', 'BE']) {
    for (const v of [NaN, 0 / 0, Infinity, -Infinity, -0, 1.5, 5e-324, 3.4e38, Number.MAX_VALUE]) {
      b.fill(0xaa);
      const r = b['write' + name + end](v, 0);
      console.log(name + end, String(v), r, hex(), Object.is(b['read' + name + end](0), size === 8 ? v : Math.fround(v)));
    }
  }
}
b.fill(0);
console.log(b.writeDoubleLE(NaN, 0), b.readDoubleLE(0), b.readDoubleBE(0));
