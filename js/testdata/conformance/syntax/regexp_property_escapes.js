// Unicode property escapes (\p{…}, \P{…}) with the u flag match as in V8: literals, in classes, negated, long names, Script=, new RegExp; source and flags as written; without u \p is a p.
const t = (re, s) => console.log(String(re), JSON.stringify(s), re.test(s));
t(/\p{L}/u, 'a'); t(/\p{L}/u, '1'); t(/^\P{L}$/u, '1'); t(/[\p{Lu}\d]+/u, 'x'); t(/^[\p{Lu}\d]+$/u, 'AB1');
t(/\p{Script=Greek}/u, 'Ω'); t(/\p{sc=Latn}/u, 'z'); t(/\p{Letter}/u, 'é'); t(/^\p{Alphabetic}+$/u, 'abc'); t(/\p{White_Space}/u, '\u00a0');
t(/\p{L}/, 'p{L}'); t(new RegExp('\\p{Lu}', 'u'), 'Ä'); t(new RegExp('[^\\p{L}\\s]', 'gu'), 'ab c');
console.log('Héllo, wörld! 123'.replace(/[^\p{L}\p{N}]+/gu, '-'), 'a1b2'.split(/\p{Nd}/u), 'ÀbC'.match(/\p{Lu}/gu));
const slug = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
let out = '';
for (let i = 0; i < 500; i++) out = slug('Ça va? Très bien ' + i);
console.log(out, /\p{Ll}/iu.test('A'), /(\p{Lu})(\p{Ll}+)/du.exec('xHello').indices);
console.log(/[\p{L}]/u.source, /\P{N}/gu.flags, new RegExp(/\p{L}+/u).test('abc'), /a/y.sticky, /\u{1F600}/u.test('😀'));
