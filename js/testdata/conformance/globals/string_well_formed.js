// String.prototype.isWellFormed and toWellFormed (ES2024, node 20): lone surrogates found and replaced by U+FFFD, pairs kept, non-strings coerced, null refused.
const cases = ['abc', 'a\uD800', '\uDC00b', 'a\uD83D\uDE00b', '\uD83D', '', 'é😀', '\uDE00\uD83D'];
for (const s of cases) console.log(JSON.stringify(s), s.isWellFormed(), JSON.stringify(s.toWellFormed()), s.toWellFormed().isWellFormed());
console.log(String.prototype.isWellFormed.call(12), String.prototype.toWellFormed.length, String.prototype.isWellFormed.name, Object.keys(String.prototype));
try { String.prototype.isWellFormed.call(null); } catch (e) { console.log(e.name); }
