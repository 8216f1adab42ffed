// Intl.NumberFormat notation 'compact' (short and long): ICU's en rounding, units up to trillions, min2 grouping; resolvedOptions' keys in V8's order
const f = new Intl.NumberFormat('en-US', { notation: 'compact' });
const fl = new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long' });
const nums = [0, 1, 0.5, 0.0123, 1.234, 12.34, 123.4, 999, 999.5, 1000, 1234, 1500, 12345, 99999, 99950, 999999, 1000000, 1234567, 1.5e9, 2.5e12, 1e15, 1.234e16, -1234, -0.5, 100, 101, 1049, 1050, 1950, 19500];
console.log(nums.map(n => f.format(n)).join(' | '));
console.log(nums.map(n => fl.format(n)).join(' | '));
console.log(f.resolvedOptions(), fl.resolvedOptions().compactDisplay);
const f1 = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
console.log([1234, 12345, 1e6, 1.25e6, 999.99].map(n => f1.format(n)).join(' | '));
console.log(new Intl.NumberFormat('en-US', { notation: 'compact', style: 'currency', currency: 'USD' }).format(1234567), (12345).toLocaleString('en-US', { notation: 'compact' }), new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 }).format(1234567));
console.log(12345n.toLocaleString('en-US', { notation: 'compact' }));
console.log(Object.keys(new Intl.NumberFormat('en-US').resolvedOptions()).join(','), Object.keys(new Intl.NumberFormat('en-US', { style: 'percent' }).resolvedOptions()).slice(-3).join(','));
console.log((0.256).toLocaleString('en-US', { style: 'percent', notation: 'compact' }), (-999999).toLocaleString('en', { notation: 'compact', compactDisplay: 'long' }));
