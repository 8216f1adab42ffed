// indexOf/lastIndexOf/includes with strings, numbers, buffers, encodings and offsets; compare and equals.
const show = (f) => { try { return f(); } catch (e) { return e.code + ' ' + e.message; } };
const b = Buffer.from('abcdefabc');
console.log(b.indexOf('abc'), b.indexOf('abc', 1), b.lastIndexOf('abc'), b.lastIndexOf('abc', 5), b.indexOf(99), b.indexOf(99 + 256), b.includes('fab'));
console.log(b.indexOf(Buffer.from('de')), b.indexOf('6465', 'hex'), b.indexOf('ZGU=', 'base64'), b.indexOf('c', -2), b.lastIndexOf('c', -10), b.indexOf('', 4), b.indexOf('', 20), b.lastIndexOf(''));
console.log(b.indexOf('a', NaN), b.lastIndexOf('a', NaN), b.indexOf('a', '1'), b.indexOf('zzz'), Buffer.alloc(0).indexOf('a'), show(() => b.indexOf({})), show(() => b.indexOf('a', 0, 'nope')));
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(Buffer.from('ab'), Buffer.from('a')));
console.log(b.compare(Buffer.from('abc'), 0, 3, 0, 3), b.compare(Buffer.from('xabcx'), 1, 4, 6), b.equals(Buffer.from('abcdefabc')), b.equals(new Uint8Array(1)));
console.log(show(() => b.equals('x')), show(() => Buffer.compare(1, b)), show(() => b.compare(b, -1)), show(() => b.compare(b, 0, 100)));
const sorted = [Buffer.from('b'), Buffer.from('a'), Buffer.from('ab')].sort(Buffer.compare);
console.log(sorted);
