// The RegExp v flag (unicodeSets): nested classes, subtraction, intersection, \q{} strings, negation; flags, source, unicode and unicodeSets.
const cases = [
  [/[\p{L}--[a-z]]/v, ['A', 'a', 'é']],
  [/[[a-z]&&[aeiou]]+/v, ['xbeat']],
  [/[\w--\d]+/v, ['12ab3']],
  [/[\p{Lu}&&[A-Z]]/v, ['aAΩ']],
  [/[\q{abc|d}x]/v, ['zabc', 'zd', 'x']],
  [/^[^\p{L}--[aeiou]]$/v, ['b', 'a', '!']],
  [/[[0-9][a-f]]+/v, ['zz09afg']],
];
for (const [re, inputs] of cases) for (const s of inputs) console.log(String(re), JSON.stringify(s), re.exec(s)?.[0] ?? null);
const v = new RegExp('[[a-c]--b]', 'gv');
console.log(v.source, v.flags, v.unicode, v.unicodeSets, /a/u.unicodeSets, 'abcabc'.replace(v, '_'));
