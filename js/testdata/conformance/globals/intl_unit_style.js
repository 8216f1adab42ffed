// Intl.NumberFormat's unit style in en: short, long and narrow forms of the sanctioned units and their -per- compounds, plurals, signDisplay, option errors, resolvedOptions
const t = (f) => { try { console.log(f()); } catch (e) { console.log('ERR', e.name, e.message); } };
t(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer-per-hour' }).format(50));
const units = 'acre bit byte celsius centimeter day degree fahrenheit fluid-ounce foot gallon gigabit gigabyte gram hectare hour inch kilobit kilobyte kilogram kilometer liter megabit megabyte meter microsecond mile mile-scandinavian milliliter millimeter millisecond minute month nanosecond ounce percent petabyte pound second stone terabit terabyte week yard year'.split(' ');
for (const unit of units) {
  const row = [];
  for (const unitDisplay of ['short', 'long', 'narrow']) {
    const f = new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay });
    row.push(f.format(1), f.format(1234.5));
  }
  console.log(unit, row.join(' | '));
}
for (const unit of ['kilometer-per-hour', 'mile-per-hour', 'mile-per-gallon', 'meter-per-second', 'megabyte-per-second', 'liter-per-kilometer', 'gallon-per-mile', 'percent-per-day', 'byte-per-foot', 'kilogram-per-month']) {
  console.log(unit, ['short', 'long', 'narrow'].map((unitDisplay) => new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay }).format(2)).join(' | '));
}
const km = new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer', unitDisplay: 'long' });
console.log([-1, 0, 1, 1.5, NaN, Infinity, 1234567].map((n) => km.format(n)).join(' | '));
t(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer', unitDisplay: 'long', minimumFractionDigits: 1 }).format(1));
t(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilobyte', notation: 'compact' }).format(12345));
t(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'liter', unitDisplay: 'long' }).format(1n));
t(() => (5).toLocaleString('en-US', { style: 'unit', unit: 'megabyte', unitDisplay: 'long' }));
t(() => new Intl.NumberFormat('de', { style: 'unit', unit: 'kilometer-per-hour' }).format(1234.5));
for (const signDisplay of ['auto', 'always', 'exceptZero', 'negative', 'never']) {
  const f = new Intl.NumberFormat('en-US', { signDisplay });
  const c = new Intl.NumberFormat('en-US', { signDisplay, style: 'currency', currency: 'USD' });
  console.log(signDisplay, [5, -5, 0, -0, 0.0001, -Infinity].map((n) => f.format(n)).join(' '), [1.5, -1.5, 0].map((n) => c.format(n)).join(' '));
}
t(() => new Intl.NumberFormat('en', { style: 'unit' }));
t(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'foo' }));
t(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'meter-per-foo' }));
t(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'Meter' }));
t(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'meter', unitDisplay: 'x' }));
t(() => new Intl.NumberFormat('en', { style: 'bogus' }));
t(() => new Intl.NumberFormat('en', { signDisplay: 'sometimes' }));
t(() => new Intl.NumberFormat('en', { style: 'currency', currency: 'US' }));
t(() => JSON.stringify(new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer-per-hour' }).resolvedOptions()));
t(() => JSON.stringify(new Intl.NumberFormat('en-US', { style: 'unit', unit: 'byte', unitDisplay: 'narrow', signDisplay: 'always' }).resolvedOptions()));
t(() => JSON.stringify(Intl.getCanonicalLocales(['EN-us', 'en-US', 'zh-hant-tw'])));
