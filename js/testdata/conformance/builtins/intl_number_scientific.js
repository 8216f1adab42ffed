// NumberFormat notation 'scientific' and 'engineering': rounding (carries too), digits
// options, currency, percent, signs, formatToParts' exponent parts, resolvedOptions.
for (const loc of ['en-US', 'de']) {
  for (const n of [0, 999, 1000, 1234, 12345, 123456, 1234567, 1.5e9, 2.5e12, -4321, 0.5, 0.000123, 9.9996, 99999, -0, 1e21, 123.456789])
    console.log(loc, n, [new Intl.NumberFormat(loc, { notation: 'scientific' }).format(n), new Intl.NumberFormat(loc, { notation: 'engineering' }).format(n),
      new Intl.NumberFormat(loc, { notation: 'scientific', maximumFractionDigits: 1 }).format(n), new Intl.NumberFormat(loc, { notation: 'engineering', maximumSignificantDigits: 2 }).format(n)].join(' | '));
}
console.log(new Intl.NumberFormat('en-US', { notation: 'scientific', style: 'currency', currency: 'USD' }).format(12345));
console.log(new Intl.NumberFormat('en-US', { notation: 'scientific', style: 'percent' }).format(12.345));
console.log(new Intl.NumberFormat('en-US', { notation: 'scientific', signDisplay: 'always' }).format(12.345));
for (const n of [12345, -0.000123, 0]) console.log(JSON.stringify(new Intl.NumberFormat('en-US', { notation: 'scientific' }).formatToParts(n)), JSON.stringify(new Intl.NumberFormat('de', { notation: 'engineering' }).formatToParts(n)));
console.log(new Intl.NumberFormat('en-US', { notation: 'engineering' }).resolvedOptions().notation);
console.log(new Intl.NumberFormat('en-US', { notation: 'scientific' }).resolvedOptions());
