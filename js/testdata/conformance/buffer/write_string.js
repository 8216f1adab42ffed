// buf.write(string, offset, length, encoding) writes whole characters only and returns the bytes written.
const show = (f) => { try { return f(); } catch (e) { return e.code + ' ' + e.message; } };
const w = Buffer.alloc(8);
console.log(w.write('héllo', 1), w, w.write('€€', 5), w, w.write('ff00', 'hex'), w, w.write('abc', 6, 'latin1'), w);
console.log(w.write('xyz', 1, 2), w, w.write('ab', 7, 'utf16le'), w.write('ab', 6, 'utf16le'), w, w.write('zz', 'hex'), w.write('YWJj', 2, 'base64'), w);
console.log(show(() => w.write('a', 9)), show(() => w.write(1)), show(() => w.write('a', 0, 1, 'nope')), show(() => w.write('a', -1)), show(() => w.write('a', 1.5)));
console.log(w.utf8Write('Q', 0), w.latin1Slice(0, 3), w.hexSlice(0, 2), w.asciiWrite('RS', 1), w.ucs2Slice(0, 4), w.base64Slice(0, 3));
