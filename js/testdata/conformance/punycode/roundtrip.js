// punycode on 500 pseudo-random labels (a fixed LCG: ASCII, Latin, CJK, astral code points and hyphens):
// encode, decode back, toASCII and toUnicode; prints a checksum of every result and the first few.
const punycode = require('punycode');
let seed = 12345;
function rand(n) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
}
const ranges = [[0x61, 0x7a], [0x30, 0x39], [0x2d, 0x2d], [0x41, 0x5a], [0xc0, 0x24f], [0x4e00, 0x4fff], [0x1f600, 0x1f64f], [0x3b1, 0x3c9]];
function label() {
  let s = '';
  const len = 1 + rand(12);
  for (let i = 0; i < len; i++) {
    const [lo, hi] = ranges[rand(ranges.length)];
    s += String.fromCodePoint(lo + rand(hi - lo + 1));
  }
  return s;
}
let hash = 0x811c9dc5;
function mix(s) {
  for (let i = 0; i < s.length; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 16777619) >>> 0;
}
let roundTrips = 0;
for (let i = 0; i < 500; i++) {
  const l = label();
  const enc = punycode.encode(l);
  const dec = punycode.decode(enc);
  if (dec === l) roundTrips++;
  const domain = l + '.' + label() + '.example';
  const ascii = punycode.toASCII(domain);
  const uni = punycode.toUnicode(ascii);
  mix(enc); mix(ascii); mix(uni);
  if (i < 5) console.log(JSON.stringify(l), enc, ascii, JSON.stringify(uni));
}
console.log('round trips', roundTrips, 'hash', hash.toString(16));
