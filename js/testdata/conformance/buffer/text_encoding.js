// TextEncoder/TextDecoder: encode, encodeInto, BOM handling, streaming decode, fatal errors and the encodings node 20 supports.
const te = new TextEncoder();
const u = te.encode('h€llo\ud800');
console.log(u, u.constructor.name, te.encoding, te.encode(), te.encode(undefined).length);
const dest = new Uint8Array(5);
console.log(te.encodeInto('a€𝄞b', dest), dest, te.encodeInto('ab', new Uint8Array(10)));
const td = new TextDecoder();
console.log(td.encoding, td.fatal, td.ignoreBOM, td.decode(Buffer.from('\ufeffhé')), td.decode(), td.decode(new Uint8Array([0xe2, 0x82])));
const st = new TextDecoder('utf-8');
console.log(JSON.stringify([st.decode(new Uint8Array([0xef, 0xbb]), { stream: true }), st.decode(new Uint8Array([0xbf, 0xe2, 0x82]), { stream: true }), st.decode(new Uint8Array([0xac])), st.decode(new Uint8Array([0xe2]), { stream: true }), st.decode()]));
const f = new TextDecoder('utf8', { fatal: true });
try { f.decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length);
console.log(new TextDecoder('utf-16le').encoding, new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0, 0x3d, 0xd8, 0x1e, 0xdd])));
console.log(new TextDecoder('latin1').encoding, new TextDecoder('latin1').decode(new Uint8Array([0x41, 0xe9, 0x80, 0x9f])));
try { new TextDecoder('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { td.decode('x'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(td.decode(new Uint16Array([0x6968]).buffer), td.decode(new DataView(new Uint8Array([0x41]).buffer)));
console.log(Object.prototype.toString.call(td), Object.prototype.toString.call(te), require('util').TextDecoder === TextDecoder);
