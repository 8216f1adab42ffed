// buffer.transcode across utf8/ucs2/latin1/ascii: '?' for unmappable chars, U+FFFD and U_INVALID_CHAR_FOUND for malformed input, odd ucs2 bytes
const { transcode } = require('buffer');
const srcs = { utf8: Buffer.from('aé€\u{1F600}', 'utf8'), ucs2: Buffer.from('aé€\u{1F600}', 'ucs2'), latin1: Buffer.from([0x61, 0xe9, 0xff, 0x80]), ascii: Buffer.from([0x61, 0xe9, 0xff, 0x80]) };
for (const from of ['utf8', 'ucs2', 'latin1', 'ascii', 'binary', 'utf16le'])
  for (const to of ['utf8', 'ucs2', 'latin1', 'ascii', 'binary', 'utf16le']) {
    const s = srcs[from === 'binary' ? 'latin1' : from === 'utf16le' ? 'ucs2' : from];
    try { console.log(from, to, transcode(s, from, to)); } catch (e) { console.log(from, to, 'ERR', e.code, e.message); }
  }
try { console.log(transcode(Buffer.from([0x61, 0x62, 0x63]), 'ucs2', 'utf8')); } catch (e) { console.log(e.code); }
try { console.log(transcode(Buffer.from([0xff, 0x61]), 'utf8', 'ucs2')); } catch (e) { console.log(e.code); }
try { console.log(transcode(Buffer.from([0xff, 0x61]), 'utf8', 'utf8')); } catch (e) { console.log(e.code); }
const t2 = (b, f, to) => { try { console.log(f, to, transcode(Buffer.from(b), f, to)); } catch (e) { console.log(f, to, 'ERR', e.code, e.errno, e.message, Object.keys(e)); } };
t2([0xff, 0x61, 0xc3], 'utf8', 'latin1');
t2([0xff, 0x61, 0xc3], 'utf8', 'ascii');
t2([0xff, 0x61, 0xc3], 'utf8', 'utf8');
t2([0xc3, 0x61], 'utf8', 'ucs2');
t2([0xed, 0xa0, 0x80], 'utf8', 'utf8');
t2([0x00, 0xd8, 0x61, 0x00], 'ucs2', 'utf8');
t2([0x00, 0xd8, 0x61, 0x00], 'ucs2', 'latin1');
t2([0x00, 0xd8, 0x61, 0x00], 'ucs2', 'ucs2');
t2([0x00, 0xdc], 'ucs2', 'utf8');
t2([0x61, 0x62, 0x63], 'ucs2', 'latin1');
t2([0x61, 0x62, 0x63], 'ucs2', 'ucs2');
t2([], 'utf8', 'ucs2');
t2([0x80], 'ascii', 'ascii');
t2([0x61], 'UTF-8', 'UCS-2');
t2([0x61], 'Latin1', 'utf-16le');
t2([0x61], 'base64', 'utf8');
t2([0x61], 'utf8', undefined);
try { transcode('a', 'utf8', 'ucs2'); } catch (e) { console.log(e.code, e.message); }
