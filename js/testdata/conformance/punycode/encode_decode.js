// punycode.encode/decode, toASCII/toUnicode and ucs2 on RFC 3492's examples, mixed case, separators, e-mail addresses and bad input (RangeError messages).
const p = require('punycode');
const tries = (label, f) => { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name, e.message); } };
for (const s of ['', 'abc', '-', 'a-', '-a', 'ü', 'bücher', 'mañana', '例え', '☃-⌘', 'Bahnhof-Zürich', '\u{1F600}', 'a\u{1F600}b', '\uD800', '\uDC00x', 'ÜBER', 'üü-ÜÜ']) {
  tries('enc ' + s, () => p.encode(s));
}
for (const s of ['', 'abc', 'bcher-kva', 'maana-pta', 'r8jz45g', 'abc-', '-abc', 'ab-c-', 'a!b', '!', '  ', 'ü-a', 'zzzzzzzzzzz', '99999999', 'a-b-c-9', 'ABC-DEF', 'ls8h', 'bcher-KVA', '-', '--', 'a-z', 'x', '9']) {
  tries('dec ' + s, () => p.decode(s));
}
for (const s of ['mañana.com', 'джумла@джpумлатест.bрфa', 'a.b.c', 'ü。ü．ü｡ü', '', 'user@ü@x', 'ASCII.com', 'ＡＢＣ.ü', 'a..b', '☃.net']) {
  tries('toA ' + s, () => p.toASCII(s));
}
for (const s of ['xn--maana-pta.com', 'XN--MAANA-PTA.com', 'a@xn--ls8h.x', 'xn--', 'xn--!!.a', 'xn--ü', 'plain', 'xn--a-b。xn--c', 'user@xn--bcher-kva@x']) {
  tries('toU ' + s, () => p.toUnicode(s));
}
tries('ucs2d', () => p.ucs2.decode('a\u{1F600}\uD800b\uDC00\uD83D'));
tries('ucs2e', () => p.ucs2.encode([97, 0x1F600, 0xD800, 65]));
tries('ucs2e bad', () => p.ucs2.encode([0x110000]));
tries('enc num', () => p.encode(12));
tries('dec num', () => p.decode(12));
tries('toA num', () => p.toASCII(12));
console.log(p.version, Object.keys(p), Object.keys(p.ucs2), typeof p.encode, p.encode.name, p.toASCII.length);
console.log(require('node:punycode') === p);
