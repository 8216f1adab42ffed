// Intl.RelativeTimeFormat (long, short, narrow, numeric auto, formatToParts, resolvedOptions), Intl.ListFormat parts and Intl.PluralRules with fraction digits, in en
const t = (f) => { try { console.log(f()); } catch (e) { console.log('ERR', e.name, e.message); } };
for (const style of ['long', 'short', 'narrow']) {
  const f = new Intl.RelativeTimeFormat('en', { style });
  const a = new Intl.RelativeTimeFormat('en', { style, numeric: 'auto' });
  for (const u of ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second']) {
    console.log(style, u, [-2, -1, 1, 2, 1.5, -0, 0].map((n) => f.format(n, u)).join('|'), '#', [-1, 0, 1, -0, 2].map((n) => a.format(n, u + 's')).join('|'));
  }
}
t(() => JSON.stringify(new Intl.RelativeTimeFormat('en').formatToParts(-1234.5, 'day')));
t(() => JSON.stringify(new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).formatToParts(1, 'day')));
t(() => JSON.stringify(new Intl.RelativeTimeFormat('en', { style: 'narrow' }).formatToParts(3, 'hours')));
t(() => JSON.stringify(new Intl.RelativeTimeFormat('en').resolvedOptions()));
t(() => JSON.stringify(new Intl.RelativeTimeFormat('en-GB', { style: 'short', numeric: 'auto' }).resolvedOptions()));
t(() => new Intl.RelativeTimeFormat('en').format(1, 'fortnight'));
t(() => new Intl.RelativeTimeFormat('en', { style: 'tiny' }));
const lf = (o) => new Intl.ListFormat('en', o);
for (const o of [{}, { type: 'disjunction' }, { style: 'short' }, { style: 'narrow' }, { type: 'unit' }, { type: 'unit', style: 'short' }, { type: 'unit', style: 'narrow' }, { type: 'disjunction', style: 'narrow' }]) {
  console.log(JSON.stringify(o), [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((l) => lf(o).format(l)).join('|'));
}
t(() => JSON.stringify(lf().formatToParts(['x', 'y', 'z'])));
t(() => JSON.stringify(lf({ type: 'disjunction' }).resolvedOptions()));
for (const o of [{}, { minimumFractionDigits: 1 }, { maximumFractionDigits: 0 }, { type: 'ordinal' }]) {
  const p = new Intl.PluralRules('en-US', o);
  console.log(JSON.stringify(o), [0, 1, -1, 1.2, 0.99, 1.004, 2, 11, 21, 22, 113, NaN].map((n) => p.select(n)).join(), p.resolvedOptions().locale);
}
console.log(new Intl.PluralRules('de-DE').resolvedOptions().locale, new Intl.PluralRules().resolvedOptions().locale);
console.log(new Intl.NumberFormat('en').resolvedOptions().locale, new Intl.NumberFormat('en-gb').resolvedOptions().locale, new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).resolvedOptions().locale);
