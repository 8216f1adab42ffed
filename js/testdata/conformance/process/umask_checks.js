// process.umask reads, sets (number or octal string) and returns the old mask; bad masks throw node's errors.
console.log(process.umask(), process.umask(0o77), process.umask(), process.umask('022'), process.umask());
for (const m of ['abc', -1, 2 ** 32, 1.5, null, {}]) {
  try { console.log(process.umask(m)); } catch (e) { console.log(e.code, e.message); }
}
console.log(process.umask(0o1777), process.umask());
