// buf.toString(encoding, start, end): clamped and coerced ranges, unknown encodings, and the encodings' names.
const show = (label, f) => { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name, e.code, e.message); } };
const b = Buffer.from('abcdef');
show('-1..100', () => b.toString('utf8', -1, 100));
show('2..1', () => b.toString('utf8', 2, 1));
show('NaN..2', () => b.toString('utf8', NaN, '2'));
show('"1".."3"', () => b.toString('utf8', '1', '3'));
show('{}..{}', () => b.toString('utf8', {}, {}));
show('1.7..3.2', () => b.toString('utf8', 1.7, 3.2));
show('undefined..4', () => b.toString(undefined, undefined, 4));
show('null enc', () => b.toString(null));
show('6..10', () => b.toString('hex', 6, 10));
show('Infinity', () => b.toString('latin1', 2, Infinity));
show('-Infinity', () => b.toString('latin1', -Infinity, 2));
show('true..', () => b.toString('ascii', true));
show('bad enc', () => b.toString('nope'));
show('bad enc number', () => b.toString(5));
show('empty bad enc', () => Buffer.alloc(0).toString('nope'));
for (const e of ['UTF8', 'Utf-8', 'UCS2', 'binary', 'BASE64', 'base64url', 'HEX', 'latin1', 'ascii', 'utf16le'])
  show(e, () => Buffer.from('hé').toString(e, 0, 3));
