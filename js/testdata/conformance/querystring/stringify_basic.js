// querystring.stringify: arrays repeat the key, numbers/booleans/bigints print, other values are empty, escapes as encodeURIComponent, custom sep/eq/encoder.
const qs = require('querystring');
console.log(qs.stringify({ a: [1, 2], b: 'x y&z', c: true, d: null, e: undefined, f: {}, g: NaN, h: 5n, 'k é': 'ü!*()\'' }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'));
console.log(qs.stringify({ w: 'aé' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
console.log(JSON.stringify(qs.stringify('nope')), JSON.stringify(qs.stringify(null)), qs.encode({ x: [] }) === '');
console.log(qs.escape('a b/c?d=é'), qs.escape(12), qs.escape({ toString() { return 'o k'; } }));
try { qs.escape('\ud800'); } catch (e) { console.log(e.name, e.code, e.message); }
