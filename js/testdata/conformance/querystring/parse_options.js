// querystring.parse honours maxKeys (0: no limit) and a custom decodeURIComponent; malformed escapes fall back to a byte-wise decode.
const qs = require('querystring');
console.log(JSON.stringify(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })));
console.log(Object.keys(qs.parse(Array.from({ length: 1200 }, (_, i) => 'k' + i + '=1').join('&'))).length);
console.log(Object.keys(qs.parse(Array.from({ length: 1200 }, (_, i) => 'k' + i + '=1').join('&'), null, null, { maxKeys: 0 })).length);
console.log(JSON.stringify(qs.parse('a=%41%zz%E0%A4%A&b=%', null, null)));
console.log(JSON.stringify(qs.parse('a=x+y&b=%41', null, null, { decodeURIComponent: (s) => s.toUpperCase() })));
console.log(JSON.stringify(qs.parse('a=b', null, null, { decodeURIComponent: () => { throw new Error('no'); } })));
