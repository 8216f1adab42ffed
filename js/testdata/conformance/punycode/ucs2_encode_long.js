// punycode.ucs2.encode of a long list builds the same string and meets the same first invalid code point, quickly.
const { ucs2 } = require('punycode');
const points = ucs2.decode('a\u00e9\ud83d\ude00'.repeat(20000));
const back = ucs2.encode(points);
console.log(points.length, back.length, back === 'a\u00e9\ud83d\ude00'.repeat(20000));
console.log(ucs2.encode(new Set([104, 105])), ucs2.encode('12'.split('').map(Number)));
for (const bad of ['x'.repeat(50000), [65, -1], [0x110000], [1.5]]) {
  try {
    ucs2.encode(bad);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
