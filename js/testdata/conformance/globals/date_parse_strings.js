// Date strings V8 reads otherwise than goja's parser: lowercase t/z, an hours-only offset (Invalid Date), a sign and digits (legacy: a month of 2001 or a local year), and common forms that round-trip.
const iso = ['2020-01-01T00:00:00z', '2020-01-01t00:00:00Z', '2020-01-01T00:00z', '2020-01-01T00:00:00.5z', '2020-01-01T00:00:00+00', '2020-01-01T00:00:00-05', '2020-01-01T00:00:00+0530', '2024-06-01T12:00:00.000+05:30', 'Tue, 01 Jan 2020 10:00:00 GMT', 'Tue, 01 Jan 2020 10:00:00 +0200', '2020-01-01T24:00:00Z', '+002020-01-01T00:00:00Z', '2021-01-05'];
for (const s of iso) {
  const t = Date.parse(s);
  console.log(JSON.stringify(s), isNaN(t) ? 'Invalid Date' : new Date(t).toISOString(), String(new Date(s)) === String(new Date(t)));
}
const local = { '-1': [2001, 0, 1], '+1': [2001, 0, 1], '-5': [2001, 4, 1], '-12': [2001, 11, 1], '-32': [2032, 0, 1], '-99': [1999, 0, 1], '-2020': [2020, 0, 1], '2020/01/02': [2020, 0, 2], 'January 5, 2021 14:30': [2021, 0, 5, 14, 30], '12/25/2020': [2020, 11, 25], '2021-01-05 10:00': [2021, 0, 5, 10] };
for (const [s, parts] of Object.entries(local)) console.log(JSON.stringify(s), Date.parse(s) === new Date(...parts).getTime());
for (const s of ['-13', '-31', 'garbage', '2020-13-01']) console.log(JSON.stringify(s), Date.parse(s), String(new Date(s)));
const d = new Date(2024, 4, 6, 7, 8, 9, 10);
console.log(Date.parse(d.toString()) === d.getTime() - 10, Date.parse(d.toUTCString()) === d.getTime() - 10, Date.parse(d.toISOString()) === d.getTime());
class D extends Date {}
console.log(new D('2020-06-01T00:00:00z').getTime(), new D(0) instanceof D, new D(0) instanceof Date, Date.prototype.constructor === Date, Date.parse.name, Date.parse.length);
