// localeCompare and toLocaleLowerCase read their locales as node's CanonicalizeLocaleList: holes skipped, array-likes, a non-string entry a TypeError.
const locales = [undefined, 'de', ['de'], [], new Array(5), [, 'tr'], Object.create(null), {}, { length: 2, 1: 'tr' },
  null, 0, 1, true, [1], [null], [undefined], ['x y'], 'x y', [{ toString() { return 'tr'; } }], new String('tr'), ['de', 'bad tag']];
for (const l of locales) {
  let label;
  try { label = JSON.stringify(l) ?? String(l); } catch { label = '?'; }
  const out = [];
  for (const f of [() => 'a'.localeCompare('b', l), () => 'I'.toLocaleLowerCase(l), () => 'i'.toLocaleUpperCase(l)]) {
    try {
      out.push(JSON.stringify(f()));
    } catch (e) {
      out.push(e.name);
    }
  }
  console.log(label, out.join(' '));
}
