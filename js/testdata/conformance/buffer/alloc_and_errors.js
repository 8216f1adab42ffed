// Buffer.alloc/allocUnsafe/from argument checking gives node's error codes and messages; alloc fills.
const show = (f) => { try { return f(); } catch (e) { return e.name + ' ' + e.code + ' ' + e.message; } };
console.log(show(() => Buffer.from(1)), show(() => Buffer.from(null)), show(() => Buffer.from({})), show(() => Buffer.alloc(-1)), show(() => Buffer.alloc('1')));
console.log(show(() => Buffer.allocUnsafe(NaN)), show(() => Buffer.alloc(2 ** 33)), Buffer.allocUnsafe(3).length, Buffer.allocUnsafeSlow(2).length);
console.log(Buffer.alloc(5, 'ab'), Buffer.alloc(5, 257), Buffer.alloc(4, 'aGk=', 'base64'), show(() => Buffer.alloc(3, 'zz', 'hex')), Buffer.alloc(3, ''), Buffer.alloc(2, true));
console.log(Buffer.alloc(4).fill('xy', 1), Buffer.alloc(4).fill(0x41, 1, 3), Buffer.alloc(4).fill(Buffer.from([1, 2, 3])), show(() => Buffer.alloc(4).fill('a', 5)), show(() => Buffer.alloc(4).fill('a', 'bad')));
console.log(Buffer.from({ type: 'Buffer', data: [1, 2] }), Buffer.from(new Uint16Array([1, 300])), Buffer.from(new Uint16Array([1, 300]).buffer), Buffer.from([256, -1, 3.7]));
console.log(Buffer.from(new String('str')), Buffer.from({ length: 2, 0: 5, 1: 6 }), Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
console.log(new Buffer('abc'), Buffer(3), Buffer.of(1, 2), Buffer.copyBytesFrom(new Uint16Array([1, 2]), 1));
const ab = new ArrayBuffer(8); const v = Buffer.from(ab, 2, 4); v[0] = 9;
console.log(new Uint8Array(ab), show(() => Buffer.from(ab, 10)), show(() => Buffer.from(ab, 2, 10)), Buffer.from(ab, 6).length);
