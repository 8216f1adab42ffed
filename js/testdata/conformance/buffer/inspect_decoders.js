// util.inspect of TextEncoder, TextDecoder, StringDecoder state and URLSearchParams iterators; node's UTF-16 split-surrogate decoding.
console.log(new TextEncoder(), new TextDecoder(), new TextDecoder('utf-16le', { fatal: true }));
const { StringDecoder } = require('string_decoder');
for (const enc of ['utf8','utf16le','base64','hex','latin1','ascii','base64url']) { const d = new StringDecoder(enc); console.log(enc, d); d.write(Buffer.from([0xe2, 0x82])); console.log(d); d.write(Buffer.from([0x3d])); console.log(d); }
const p = new URLSearchParams('a=1&b=2'); const it = p.entries(); it.next(); console.log(it, p.keys(), p.values(), new URLSearchParams().keys());
const d2 = new StringDecoder('utf16le'); d2.write(Buffer.from([0x3d, 0xd8, 0x1e])); console.log(d2, Object.keys(d2), Object.keys(new TextDecoder()));
const u = new StringDecoder('utf16le'); console.log(JSON.stringify([u.write(Buffer.from([0x3d, 0xd8, 0x1e])), u.write(Buffer.from([0xde])), u.write(Buffer.from([0x3d])), u.write(Buffer.from([0xd8, 0x1e, 0xde])), u.end()]), u.lastNeed, u.lastTotal);
