// Intl.Segmenter: graphemes (marks, emoji sequences, flags, Hangul, Indic conjuncts), words
// (UAX #29's joins, isWordLike) and sentences; its objects, options and errors.
const t = (f) => { try { console.log(f()); } catch (e) { console.log('ERR', e.name, e.message); } };
const g = new Intl.Segmenter();
t(() => g.resolvedOptions());
t(() => new Intl.Segmenter('de', { granularity: 'word' }).resolvedOptions());
t(() => new Intl.Segmenter('en', { granularity: 'nope' }));
t(() => Intl.Segmenter('en'));
t(() => Object.prototype.toString.call(g));
const s = g.segment('ab👍🏽');
t(() => s);
t(() => s.containing(2));
t(() => s.containing(99));
t(() => s.containing());
t(() => s.containing(-1));
t(() => [...s]);
t(() => typeof s[Symbol.iterator]().next);
t(() => Object.prototype.toString.call(s[Symbol.iterator]()));
t(() => [...g.segment('')]);
t(() => [...g.segment('e\u0301 🇩🇪🇫🇷 👨‍👩‍👧 한국어 \r\n x')].map((x) => x.segment));
t(() => [...new Intl.Segmenter('en', { granularity: 'word' }).segment("I can't pay $3.14, or 1,000.5 e.g. well_done! 日本語 ok")].map((x) => x.segment + (x.isWordLike ? '*' : '')).join('|'));
t(() => [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment('Hello there. How are you? I am fine! Pi is 3.14 today.  Next')].map((x) => x.segment).join('|'));
t(() => [...new Intl.Segmenter('en', { granularity: 'word' }).segment('a  b\tc\nd')]);
t(() => Intl.Segmenter.supportedLocalesOf(['en', 'de']));
t(() => Intl.Segmenter.length);
const g2 = new Intl.Segmenter();
const w2 = new Intl.Segmenter('en', { granularity: 'word' });
for (const s of ['नमस्ते दुनिया', 'café naïve', 'Ａｂｃ', '🏳️‍🌈🏴‍☠️', '👍🏻👋', 'a\u0308\u0301b', '\u1100\u1161\u11A8', 'x\u200Dy', '☺️❤️', '1️⃣#️⃣', 'e\uD800x', '\t\t\n\n', 'ﾊﾟ', '(hello) "world" [x]']) {
  console.log(JSON.stringify(s), [...g2.segment(s)].map((x) => x.segment).join('|'), [...w2.segment(s)].map((x) => x.segment + (x.isWordLike ? '*' : '')).join('|'));
}
for (const s of ["don't stop", 'U.S.A. is', 'x:y a:b 10:30', 'foo.bar@baz.com', 'e-mail and co-op', '$1,234.56 99%', 'v1.2.3 test_case', 'hello\r\nworld', 'Ünïcödé ñ', 'a—b–c', '🎉party🎉', "it's 'quoted'", 'the end.', 'ok...right', '#hashtag @user']) {
  console.log(JSON.stringify(s), [...w2.segment(s)].map((x) => x.segment + (x.isWordLike ? '*' : '')).join('|'));
}
const s2 = new Intl.Segmenter('en', { granularity: 'sentence' });
for (const t of ['One. Two! Three? Four', 'Mr. Smith went. He left.', 'Is it "done?" Yes.', 'line one\nline two', 'No end', 'Wait... what?! OK.']) {
  console.log(JSON.stringify(t), [...s2.segment(t)].map((x) => x.segment).join('|'));
}
