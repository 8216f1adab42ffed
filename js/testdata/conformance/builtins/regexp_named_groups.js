// Named capture groups: exec/match/matchAll results carry groups, captures numbered in JavaScript order when named and unnamed groups mix, V8's property order; replace knows $<name> and passes groups to a function.
{
console.log(/a/.exec('a'), 'xay'.match(/a/));
const m = /(?<y>\d{4})-(?<m>\d\d)/.exec('on 2024-05');
console.log(m, m && m.groups);
console.log('2024-05'.replace(/(?<y>\d{4})-(?<m>\d\d)/, '$<m>/$<y>'), '2024-05'.replace(/(?<y>\d{4})-(?<m>\d\d)/, (...a) => JSON.stringify(a[a.length - 1])));
console.log([...'a1b2'.matchAll(/(?<l>[a-z])(?<d>\d)/g)].map((x) => x.groups.l + x.groups.d));
const { groups: { year } } = /(?<year>\d+)/.exec('y1999'); console.log(year);
console.log('k=v'.match(/(?<k>\w)=(?<v>\w)/).groups);
console.log(Object.getPrototypeOf(/(?<a>x)/.exec('x').groups));
console.log(/(?<a>x)|(?<b>y)/.exec('y').groups);
console.log(RegExp.prototype.exec.name, RegExp.prototype.exec.length);
}
{
const re = /(?<a>[(]x\))(y)(?<b>(?:z)(?<c>w)?)(?<=[zw])/;
console.log(re.exec('(x)yz'), re.exec('(x)yzw').groups);
console.log('2024-05-06 2023-01-02'.replace(/(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)/g, '$<d>.$<m>.$<y> [$1|$&|$<nope>|$$]'));
console.log('2024-05-06 2023-01-02'.replaceAll(/(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)/g, (m, y, mo, d, off, s, g) => `${g.d}/${g.m}/${g.y}@${off}`));
console.log('aaa'.replace(/(?<e>)/g, '-'), 'a😀b'.replace(/(?<e>)/gu, '|'), 'abc'.replace(/(?<x>b)/, "[$`|$']"));
console.log('xay'.replace(/(?<n>a)/, '$<n'), 'xay'.replace(/(?<n>a)/, '$0$1$01$10$2'));
console.log(/(?<n>a)/y.exec('ba'), /(?<n>a)/gy[Symbol.replace]('aab', 'X'));
const m = 'k1=v1;k2=v2'.matchAll(/(?<k>\w+)=(?<v>\w+)/g); console.log([...m].map((x) => [x.index, x.groups.k, x.groups.v]));
console.log('abc'.match(/(?<first>a)(?<rest>.*)/).groups, 'zzz'.match(/(?<q>a)/), JSON.stringify(/(?<q>a)/.exec('a')));
console.log(Object.keys(/(?<q>a)/.exec('a')), Object.keys(/a/.exec('a')), /a/g.exec('a').groups);
class R extends RegExp { exec(s) { const r = super.exec(s); if (r) r[0] = r[0].toUpperCase(); return r; } }
console.log('abc'.replace(new R('(?<x>b)'), '[$<x>|$&]'));
console.log('x'.replace(/(?<n>x)/, () => '$<n>'));
}
{
console.log(JSON.stringify(/(?<a>[(]x\))(y)(?<b>(?:z)(?<c>w)?)(?<=[zw])/.exec('(x)yz')));
console.log(JSON.stringify(/(?<a>[(]x\))(y)(?<b>(?:z)(?<c>w)?)/.exec('(x)yz')));
console.log(JSON.stringify(/(?<a>x)(y)(?<b>z)/.exec('xyz')));
console.log(JSON.stringify(/(?<a>x)(y)/.exec('xy')), JSON.stringify(/(x)(?<a>y)/.exec('xy')));
}
