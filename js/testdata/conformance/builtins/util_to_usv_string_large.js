// util.toUSVString replaces lone surrogates with U+FFFD, and a string of millions of characters takes well under the case's time limit (it was quadratic).
const { toUSVString } = require('util');
console.log(JSON.stringify([toUSVString('a\ud800b'), toUSVString('\udc00'), toUSVString('\ud83d\ude00x\ud83d'), toUSVString('plain'), toUSVString(12)]));
try {
  toUSVString(Symbol('s'));
} catch (e) {
  console.log(e.name);
}
const plain = 'x'.repeat(4e6);
console.log(toUSVString(plain) === plain);
const mixed = '\ud800' + 'y'.repeat(1e6) + '\ud83d\ude00' + '\udfff';
const out = toUSVString(mixed);
console.log(out.length, out.charCodeAt(0).toString(16), out.slice(-3) === '\ud83d\ude00\ufffd');
