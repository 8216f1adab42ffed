// String.prototype.isWellFormed and toWellFormed (ES2024, node 20): lone surrogates found and replaced with U+FFFD.
for (const s of ['abc', 'ab\ud800', '\udc00x', 'a\ud83d\ude00b', '\ud83d\ud83d\ude00', '', '\ude00\ud83d'])
  console.log(JSON.stringify(s), s.isWellFormed(), JSON.stringify(s.toWellFormed()), s.toWellFormed() === s);
try { String.prototype.isWellFormed.call(null); } catch (e) { console.log(e.name); }
console.log(String.prototype.isWellFormed.call(5), String.prototype.toWellFormed.name, String.prototype.isWellFormed.length);
