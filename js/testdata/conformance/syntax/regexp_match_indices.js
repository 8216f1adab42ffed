// The RegExp d flag (hasIndices): literals and new RegExp, exec/match/matchAll indices with named, optional and lookbehind groups, u strings, flags order and copies.
const m = /(?<y>\d{4})-(\d\d)/d.exec('2024-05');
console.log(m.indices, m.indices.groups, Object.keys(m));
const re = new RegExp('(a)|(b)', 'gd');
console.log(re.flags, re.hasIndices, /x/.hasIndices, String(re), re.exec('xb'), re.lastIndex);
console.log([...'a1b22'.matchAll(/\d+/dg)].map((x) => x.indices[0]));
for (const w of 'héllo 12 wörld 😀 abc'.matchAll(/(?<word>\p{L}+)\s(\d+)?/dgu)) console.log(w.index, JSON.stringify(w.indices), w.indices.groups.word);
console.log(/(?<=\$)\d+(\.\d+)?/d.exec('cost $42.50').indices, /(a)\1/di.exec('xAa').indices);
console.log('😀x'.match(/(x)/d).indices, '😀x'.match(/(x)/du).indices);
const copy = new RegExp(/x(?<n>y)?/d);
console.log(copy.flags, copy.exec('x').indices, RegExp(/q/d).flags, new RegExp(/q/d, 'g').flags);
console.log(new RegExp('a', 'ysumigd').flags, /q/d instanceof RegExp, /q/d.constructor === RegExp);
class R extends RegExp {}
const r = new R('(b)', 'd');
console.log(r instanceof R, r.exec('abc').indices, r.constructor.name);
console.log('a,b;c'.split(/[,;]/d), 'x1y2'.replace(/\d/dg, (d) => `<${d}>`), 'a-b'.split(/-/));
for (const f of ['dd', 'x', 'uv']) {
  try { new RegExp('a', f); } catch (e) { console.log(e.name, e.message); }
}
