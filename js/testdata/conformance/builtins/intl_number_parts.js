// NumberFormat.formatToParts: signs, integer groups, decimal and fraction,
// currency (symbol, code, accounting), percent, unit and compact words, in
// en-US and de; currencyDisplay 'code' and currencySign 'accounting'.
const show = (loc, o, n) => {
  const f = new Intl.NumberFormat(loc, o);
  console.log(loc, JSON.stringify(o), n, JSON.stringify(f.format(n)), f.formatToParts(n).map((p) => p.type + ':' + JSON.stringify(p.value)).join(' '));
};
for (const loc of ['en-US', 'de']) {
  for (const n of [1234567.891, -0.5, 0, 42, NaN, -Infinity]) show(loc, {}, n);
  for (const n of [1234.5, -9.99, -0.001]) {
    show(loc, { style: 'currency', currency: 'USD' }, n);
    show(loc, { style: 'currency', currency: 'EUR' }, n);
    show(loc, { style: 'currency', currency: 'JPY' }, n);
    show(loc, { style: 'currency', currency: 'USD', currencySign: 'accounting' }, n);
    show(loc, { style: 'currency', currency: 'USD', currencyDisplay: 'code' }, n);
    show(loc, { style: 'percent' }, n / 1000);
    show(loc, { style: 'unit', unit: 'kilometer-per-hour' }, n);
    if (loc === 'en-US') {
      show(loc, { style: 'unit', unit: 'liter', unitDisplay: 'long' }, n);
      show(loc, { notation: 'compact' }, n * 1000);
      show(loc, { notation: 'compact', compactDisplay: 'long' }, n * 1000);
    }
    show(loc, { signDisplay: 'always', minimumFractionDigits: 2 }, n);
  }
}
show('en-US', {}, 123456789n);
show('en-US', { useGrouping: false }, 1234.5);
show('en-GB', { style: 'currency', currency: 'USD' }, -1234.5);
show('en-GB', { style: 'currency', currency: 'GBP', currencySign: 'accounting' }, -1234.5);
