// stat with { bigint: true } (sync, callback, promise, lstat, fstat): a BigIntStats, every number a BigInt, with the Ns times.
const fs = require('fs');
const s = fs.statSync('bigint_stats.js', { bigint: true });
console.log(Object.keys(s).join(','), s.constructor.name, s.isFile(), s.isDirectory(), typeof s.mtimeNs, s.mtimeNs / 1000000n === s.mtimeMs, s.mtime.getTime() === Number(s.mtimeMs), s.size === BigInt(fs.statSync('bigint_stats.js').size));
// The callback's stat and the promise's both run on the thread pool: one after the other, so the order is fixed.
fs.stat('bigint_stats.js', { bigint: true }, (e, st) => {
  console.log('cb', typeof st.size, st.isFile());
  fs.promises.stat('.', { bigint: true }).then((st) => console.log('promise', typeof st.ino, st.isDirectory()));
});
console.log(typeof fs.lstatSync('bigint_stats.js', { bigint: true }).blocks, typeof fs.fstatSync(fs.openSync('bigint_stats.js'), { bigint: true }).dev);
