// TextDecoder's UTF-16 (LE and BE): lone surrogates, odd bytes, fatal mode, BOMs and streaming.
const show = (f) => { try { return JSON.stringify(f()); } catch (e) { return e.code + ' ' + e.message; } };
console.log(show(() => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x3d, 0xd8]))));
console.log(show(() => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x41]))));
console.log(show(() => new TextDecoder('utf-16le').decode(new Uint8Array([0x3d, 0xd8, 0x41, 0]))));
console.log(show(() => new TextDecoder('utf-16le').decode(new Uint8Array([0xff, 0xfe, 0x41, 0]))));
console.log(show(() => new TextDecoder('utf-16').decode(new Uint8Array([0x41, 0, 0x42]))));
console.log(show(() => new TextDecoder('utf-16be').decode(new Uint8Array([0, 0x41]))));
console.log(show(() => new TextDecoder('windows-1252', { fatal: true }).decode(new Uint8Array([0x81]))));
const s = new TextDecoder('utf-16le'); console.log(show(() => [s.decode(new Uint8Array([0x3d]), { stream: true }), s.decode(new Uint8Array([0xd8, 0x1e]), { stream: true }), s.decode(new Uint8Array([0xde]))]));
const be = new TextDecoder('utf-16be'); console.log(be.encoding, show(() => [be.decode(new Uint8Array([0xfe, 0xff, 0xd8]), { stream: true }), be.decode(new Uint8Array([0x3d, 0xde, 0x1e]), { stream: true }), be.decode(new Uint8Array([0, 0x41]))]));
console.log(show(() => new TextDecoder('utf-16be', { fatal: true }).decode(new Uint8Array([0xdc, 0]))), show(() => new TextDecoder('UTF-16', { ignoreBOM: true }).decode(new Uint8Array([0xff, 0xfe, 0x41, 0]))));
