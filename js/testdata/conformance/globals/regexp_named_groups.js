// Named capture groups: match.groups (null prototype, in order), captures in the order the groups open even mixed with unnamed ones, $<name> in replacements, the groups argument of a replacer, matchAll, split, lastIndex with g and y.
const m = /(?<year>\d{4})-(?<month>\d{2})-(\d{2})/.exec('on 2024-01-15.');
console.log(m, m.groups.year, m[3], Object.keys(m));
console.log('2024-01-15'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>/$<m>/$<y> $1 $<nope>| $$ $& $0 $9 $<y'));
console.log('a1b2'.replace(/(?<l>[a-z])(\d)/g, (...args) => JSON.stringify(args)));
console.log('x-y'.replaceAll(/(?<c>\w)/g, '[$<c>]'), 'x-y'.split(/(?<sep>-)/), 'ab'.replace(/(?<n>x)?b/, '[$<n>]'));
for (const mm of 'k=v;a=b'.matchAll(/(?<key>\w)=(?<val>\w)/g)) console.log(mm.index, mm.groups);
const { groups: { key } } = /(?<key>\w+)/.exec('hello');
console.log(key, 'q'.match(/(?<opt>z)?q/).groups, /(a)|(?<n>b)/.exec('b'));
console.log(/(?<a>x)-(y)/.exec('x-y').slice(), /(?<g1>x)-(?<g2>y)\k<g1>/.exec('x-yx').slice());
const g = /(?<d>\d)(\w)/g;
console.log(g.exec('1a2b').index, g.lastIndex, g.exec('1a2b').groups, g.lastIndex, g.exec('1a2b'), g.lastIndex);
const y = /(?<d>\d)(x)/y;
y.lastIndex = 1;
console.log(y.exec('a1x'), y.lastIndex, y.exec('a1x'), y.lastIndex);
console.log(/(?<=a)b/.exec('ab'), 'ab'.replace(/(?<!c)b/, 'B'), /(?<x>[(])/.exec('(').groups);
console.log(/(?<a>x)(y)\1/.test('xyx'), /(?<a>x)(y)\1/.test('xyy'), 'xyx'.replace(/(?<a>x)(y)\1/, 'R'));
