// Buffer.from(string, encoding), byteLength and toString round trips for every encoding, including lone surrogates and bad input.
const show = (f) => { try { const v = f(); return typeof v === 'string' ? JSON.stringify(v) : v; } catch (e) { return e.name + ' ' + e.code + ' ' + e.message; } };
const strs = ['hello', 'héllo wörld', '€𝄞', 'a\ud800b', '', 'aGVsbG8=', 'zz12', 'AbC', '\u00ff\u0100', 'aGk=?? aGk', ' Zm9v\nYmFy '];
const encs = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex', 'UCS-2', 'binary', 'bogus'];
for (const s of strs) for (const e of encs) console.log(JSON.stringify(s), e, show(() => Buffer.from(s, e)), show(() => Buffer.byteLength(s, e)), show(() => Buffer.from(s, e).toString(e)));
