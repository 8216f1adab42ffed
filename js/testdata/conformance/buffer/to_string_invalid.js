// toString of malformed UTF-8 replaces each maximal subpart with U+FFFD; ranges clamp as node's do.
const bytes = Buffer.from([0, 1, 127, 128, 255, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x80, 0xed, 0xa0, 0x80, 0x41, 0xf4, 0x90, 0x80, 0x80, 0xe0, 0x80]);
for (const e of ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  console.log(e, JSON.stringify(bytes.toString(e)), JSON.stringify(bytes.toString(e, 3, 9)));
}
const b = Buffer.from('abcdefabc');
console.log(b.toString('utf8', -1, 100), b.toString(undefined, 2), JSON.stringify(b.toString('hex', 3, 1)), b.toString('utf8', 1.7, 4.2));
console.log(JSON.stringify(Buffer.from('€').toString('utf8', 0, 2)), JSON.stringify(Buffer.from([0xe2, 0x82]).toString()), Buffer.from([0xf0, 0x9f, 0x98]).toString().length);
try { b.toString('nope'); } catch (e) { console.log(e.code, e.message); }
