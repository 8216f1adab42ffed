// \p{Emoji} and the other emoji properties (long and short names, \P, inside classes) match as node's do.
const names = ['Emoji', 'Emoji_Presentation', 'Emoji_Modifier', 'Emoji_Modifier_Base', 'Emoji_Component',
  'Extended_Pictographic', 'EPres', 'EMod', 'EBase', 'EComp', 'ExtPict'];
for (const name of names) {
  const re = new RegExp('^\\p{' + name + '}$', 'u');
  const runs = [];
  let lo = -1;
  for (const [from, to] of [[0, 0x3000], [0x1f000, 0x1fb00], [0xe0000, 0xe0080]]) {
    for (let c = from; c <= to; c++) {
      const m = c < to && re.test(String.fromCodePoint(c));
      if (m && lo < 0) lo = c;
      if (!m && lo >= 0) { runs.push(lo.toString(16) + (c - 1 > lo ? '-' + (c - 1).toString(16) : '')); lo = -1; }
    }
  }
  console.log(name, runs.length, runs.slice(0, 6).join(' '), '...', runs.slice(-3).join(' '));
}
console.log(/\p{Emoji}/u.test('😀'), /\p{Emoji}/u.test('a'), /\p{Emoji}/u.test('1'));
console.log('a😀b👍🏽c#'.replace(/\p{Emoji_Presentation}/gu, '_'));
console.log('x©y😀'.match(/\P{ExtPict}/gu), 'x©y😀'.match(/[\p{ExtPict}x]/gu));
console.log('👍🏽'.match(/\p{Emoji_Modifier_Base}\p{Emoji_Modifier}/u)[0].length);
console.log(/^[^\p{Emoji}]+$/u.test('abc'), /^[^\p{Emoji}]+$/u.test('ab1'));
console.log('I ❤️ 🍕 and ☕!'.match(/\p{Extended_Pictographic}/gu));
