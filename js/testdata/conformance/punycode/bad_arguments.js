// punycode's functions given what is not a string: V8's TypeError messages, as punycode.js meets them.
const p = require('punycode');
const tries = (label, f) => { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name, e.message); } };
for (const v of [undefined, null, 12, {}, [], true, new String('xn--ls8h')]) {
  for (const f of ['encode', 'decode', 'toASCII', 'toUnicode']) tries(f + ' ' + String(v), () => p[f](v));
}
tries('ucs2.decode undefined', () => p.ucs2.decode());
tries('ucs2.encode undefined', () => p.ucs2.encode());
tries('ucs2.encode str', () => p.ucs2.encode('abc'));
