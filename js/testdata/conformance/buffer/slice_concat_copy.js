// slice/subarray share memory and return Buffers; concat and copy handle lengths, offsets and overlap.
const show = (f) => { try { return f(); } catch (e) { return e.code + ' ' + e.message; } };
const b = Buffer.from('abcdefabc');
const s = b.slice(2, 4); s[0] = 0x5a;
console.log(s, b.toString(), b.subarray(-3), b.slice(-100, 100).length, b.slice(5, 2).length, b.slice(2) instanceof Buffer, b.subarray(1) instanceof Buffer, b.slice('1', '3'));
console.log(Buffer.concat([Buffer.from('ab'), new Uint8Array([1, 2])]), Buffer.concat([Buffer.from('ab')], 5), Buffer.concat([Buffer.from('abcd')], 2), Buffer.concat([]));
console.log(show(() => Buffer.concat([1])), show(() => Buffer.concat('x')), show(() => Buffer.concat([Buffer.from('a')], -1)));
const c = Buffer.alloc(6);
console.log(Buffer.from('xyz').copy(c, 2), c, Buffer.from('xyz').copy(c, 5, 1), c, Buffer.from('xyz').copy(c, 10), show(() => Buffer.from('x').copy(c, -1)), show(() => Buffer.from('x').copy('c')));
const o = Buffer.from('0123456789');
o.copy(o, 2, 0, 6);
console.log(o.toString(), Buffer.from('abcd').swap16(), Buffer.from('abcd').swap32(), Buffer.from('abcdefgh').swap64(), show(() => Buffer.from('abc').swap16()));
console.log(JSON.stringify(Buffer.from('hi')), Buffer.from([1, 2, 3]).toJSON(), JSON.stringify({ empty: Buffer.alloc(0) }));
