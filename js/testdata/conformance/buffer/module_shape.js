// The buffer module: constants, isBuffer/isEncoding, atob/btoa, isUtf8/isAscii, transcode, Buffer's prototype chain.
const buffer = require('buffer');
const show = (f) => { try { return f(); } catch (e) { return e.name + ' ' + e.code + ' ' + e.message; } };
console.log(buffer.kMaxLength, buffer.constants, buffer.INSPECT_MAX_BYTES, buffer.Buffer === Buffer, Buffer.poolSize);
console.log(Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.prototype instanceof Uint8Array, Buffer.from('x').constructor === Buffer, Buffer.name);
console.log(Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'), Buffer.isEncoding('UTF-8'), Buffer.isEncoding('nope'), Buffer.isEncoding(''), Buffer.isEncoding('Base64URL'));
console.log(btoa('hello'), atob('aGVs bG8='), atob('YQ'), show(() => atob('a')), show(() => btoa('\u0100')), show(() => atob('a*b=')), buffer.atob === atob);
console.log(buffer.isUtf8(Buffer.from('é')), buffer.isUtf8(Buffer.from([0xff])), buffer.isAscii(Buffer.from('abc')), buffer.isAscii(Buffer.from('é')), show(() => buffer.isUtf8('x')));
console.log(buffer.transcode(Buffer.from('héllo'), 'utf8', 'latin1'), buffer.transcode(Buffer.from('hi'), 'utf8', 'ucs2'));
console.log(Buffer.byteLength('héllo'), Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength(new Uint16Array(3)), show(() => Buffer.byteLength(5)), Buffer.byteLength('abc', 'bogus'));
console.log(Buffer.from('x').parent instanceof ArrayBuffer, typeof Buffer.from('xy').offset, typeof Buffer.from('x').readBigInt64LE);
