// StringDecoder keeps partial characters between writes for utf8, utf16le and base64; end() flushes the rest.
const { StringDecoder } = require('string_decoder');
for (const enc of ['utf8', 'utf16le', 'base64', 'hex', 'latin1', 'base64url', 'ascii']) {
  const src = Buffer.from('€𝄞ab€', enc === 'utf16le' || enc.startsWith('base64') ? 'utf16le' : 'utf8');
  const d = new StringDecoder(enc);
  const out = [];
  for (let i = 0; i < src.length; i += 3) out.push(d.write(src.subarray(i, i + 3)));
  out.push(d.end());
  console.log(enc, d.encoding, JSON.stringify(out));
  const d2 = new StringDecoder(enc);
  console.log(JSON.stringify([d2.write(src.subarray(0, 1)), d2.end(), d2.write(Buffer.from([0xe2, 0x82])), d2.end(Buffer.from([0x41])), d2.end()]));
}
const d = new StringDecoder();
console.log(JSON.stringify([d.write(Buffer.from([0xe2])), d.write(Buffer.from([0x41])), d.write('str'), d.end(Buffer.from([0xf0, 0x9f])), d.end()]));
try { new StringDecoder('nope'); } catch (e) { console.log(e.code, e.message); }
try { d.write(1); } catch (e) { console.log(e.code, e.message); }
const u = new StringDecoder('utf16le');
console.log(JSON.stringify([u.write(Buffer.from([0x3d, 0xd8])), u.end(), u.write(Buffer.from([0x61])), u.end()]));
console.log(new StringDecoder('ucs2').encoding, new StringDecoder('binary').encoding, new StringDecoder('UTF-8').encoding);
