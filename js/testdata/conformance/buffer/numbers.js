// readUInt/readInt/float/double/BigInt in both byte orders, and writes with node's range and bounds errors.
const show = (f) => { try { return f(); } catch (e) { return e.name + ' ' + e.code + ' ' + e.message; } };
const n = Buffer.alloc(16);
console.log(n.writeUInt32BE(0xdeadbeef, 0), n.writeInt16LE(-2, 4), n.writeDoubleLE(1.5, 8), n);
console.log(n.readUInt32BE(0), n.readUInt32LE(0), n.readInt32BE(0), n.readInt16LE(4), n.readUInt16BE(4), n.readInt8(0), n.readUInt8(1), n.readDoubleLE(8));
console.log(n.readUIntBE(0, 3), n.readUIntLE(0, 6), n.readIntLE(0, 6), n.readIntBE(0, 5), n.readBigUInt64BE(0), n.readBigInt64LE(0), n.readBigUint64LE(8));
console.log(show(() => n.readUInt8(16)), show(() => n.readUInt32LE(14)), show(() => n.readUInt8(1.5)), show(() => n.readUInt8('1')), show(() => n.readUIntBE(0, 7)), show(() => n.readIntLE(0)));
console.log(show(() => n.writeUInt8(256)), show(() => n.writeInt8(-129)), show(() => n.writeInt32LE(2 ** 31)), show(() => n.writeUInt32BE(-1)), show(() => n.writeUIntBE(2 ** 48, 0, 6)), show(() => n.writeIntLE(2 ** 47, 0, 6)));
console.log(n.writeBigInt64BE(-5n, 0), n, show(() => n.writeBigUInt64LE(-1n)), show(() => n.writeBigInt64LE(5)), show(() => n.writeBigInt64LE(2n ** 63n)));
console.log(n.writeFloatBE(3.25, 12), n.readFloatBE(12), n.writeFloatLE(0.1, 12), n.readFloatLE(12), n.writeUInt16LE(0x1234), n.readUInt16LE(), n.writeUIntLE(0x123456, 1, 3), n.readUIntLE(1, 3));
console.log(n.writeUint8(7, 15), n.readUint8(15), n.writeDoubleBE(-0, 0), n.readDoubleBE(0), Object.is(n.readDoubleBE(0), -0), n.writeDoubleBE(NaN, 0), n.readDoubleBE(0));
console.log(show(() => Buffer.alloc(0).readUInt8()), show(() => Buffer.alloc(3).readUInt32LE()), n.writeInt32LE(-1, 0), n.readUInt32LE(0), n.writeUInt8(3.9, 0), n[0]);
