// toLocaleString of numbers, bigints and dates in node's default locale (en-US): grouping, at most 3 fraction digits rounded half up from the shortest decimal, digit options, percent, -0, ∞; dates as M/D/YYYY, h:mm:ss AM/PM.
const nums = [0, -0, 1, -1234.5, 1234567.891, 1.005, 2.5, 0.0005, 0.0004, 1e21, 123456789012345680000, NaN, Infinity, -Infinity, 999.9995, 0.1 + 0.2, 1e-7, 12345.6789];
console.log(nums.map((n) => n.toLocaleString()).join(' | '));
console.log(nums.map((n) => n.toLocaleString('en-US')).join(' | '));
console.log(nums.map((n) => n.toLocaleString('en-US', { maximumFractionDigits: 2 })).join(' | '));
console.log(nums.map((n) => n.toLocaleString(undefined, { minimumFractionDigits: 2 })).join(' | '));
console.log(nums.map((n) => n.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 })).join(' | '));
console.log((0.256).toLocaleString('en-US', { style: 'percent' }), (1234.5).toLocaleString('en', { useGrouping: false }), (5).toLocaleString('en-US', { minimumIntegerDigits: 3 }));
console.log([1234.5, 6789].toLocaleString(), (12345n).toLocaleString(), (-1234n).toLocaleString(), Object(1234.5).toLocaleString());
try { (1).toLocaleString('en-US', { maximumFractionDigits: 200 }); } catch (e) { console.log(e.name); }
const utc = { timeZone: 'UTC' };
const d = new Date(Date.UTC(2024, 0, 15, 13, 5, 9));
console.log(d.toLocaleString('en-US', utc), '|', d.toLocaleDateString('en-US', utc), '|', d.toLocaleTimeString('en-US', utc));
console.log(new Date(0).toLocaleString(undefined, utc), new Date(Date.UTC(2024, 11, 31, 23, 59, 59)).toLocaleString('en-US', utc), new Date(Date.UTC(2024, 5, 1, 0, 0, 0)).toLocaleTimeString(undefined, utc), new Date(NaN).toLocaleString());
