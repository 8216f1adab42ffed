// Intl and toLocaleString in en-GB and German (de, de-DE), dates and numbers, beside en-US; Intl.DateTimeFormat with only time fields or dateStyle+timeStyle.
const ds = [new Date(Date.UTC(2024, 0, 5, 9, 4, 9)), new Date(Date.UTC(2023, 8, 30, 23, 59, 1))];
const combos = [undefined, { year: 'numeric', month: 'numeric', day: 'numeric' }, { year: '2-digit', month: '2-digit', day: '2-digit' }, { month: 'numeric', day: 'numeric' },
  { year: 'numeric', month: 'long', day: 'numeric' }, { year: 'numeric', month: 'short', day: 'numeric' }, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  { weekday: 'short', month: 'short', day: 'numeric' }, { month: 'long', year: 'numeric' }, { hour: 'numeric', minute: '2-digit' }, { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  { dateStyle: 'full' }, { dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'short' }, { timeStyle: 'short' }, { timeStyle: 'medium' }, { dateStyle: 'medium', timeStyle: 'short' },
  { dateStyle: 'long', timeStyle: 'short' }, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }, { month: 'long' }, { weekday: 'long' }];
for (const loc of ['en-US', 'en-GB', 'de-DE', 'de']) {
  for (const d of ds) {
    console.log(loc, d.toLocaleDateString(loc, { timeZone: 'UTC' }), '|', d.toLocaleTimeString(loc, { timeZone: 'UTC' }), '|', d.toLocaleString(loc, { timeZone: 'UTC' }));
    for (const c of combos) console.log(loc, JSON.stringify(c), new Intl.DateTimeFormat(loc, { timeZone: 'UTC', ...c }).format(d));
  }
  for (const n of [1234567.891, -0.5, 1e21, 12, 0.125])
    console.log(loc, n, n.toLocaleString(loc), new Intl.NumberFormat(loc, { style: 'currency', currency: 'EUR' }).format(n), new Intl.NumberFormat(loc, { style: 'currency', currency: 'USD' }).format(n),
      new Intl.NumberFormat(loc, { style: 'percent' }).format(n), new Intl.NumberFormat(loc, { maximumFractionDigits: 1 }).format(n), (BigInt(Math.trunc(n))).toLocaleString(loc));
}
console.log([1, 2].toLocaleString('de-DE'), (1234.5).toLocaleString(['de-DE', 'en-US']), (1234.5).toLocaleString(['en-GB']));
