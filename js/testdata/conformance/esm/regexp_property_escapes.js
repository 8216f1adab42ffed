// Unicode property escapes in an ES module: literals with \p{…} in and out of classes match as in V8.
const words = 'Grüße, мир! 42 ΩMEGA'.match(/[\p{L}\p{M}]+/gu);
console.log(words, /^\p{Lu}/u.test('Ωmega'), /\P{L}/u.exec('abc1')?.index, /[\p{Script=Cyrillic}]+/u.exec('hi мир')[0], /\p{L}/u.source);
