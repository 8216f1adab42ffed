// process.emitWarning: the options form (type, code, detail), an Error, a DeprecationWarning, and a bad warning argument.
process.on('warning', (w) => console.log(w.name, w.message, w.code, w.detail));
process.emitWarning('m1');
process.emitWarning('m2', { type: 'T', code: 'C', detail: 'D' });
process.emitWarning('m3', 'Custom', 'CODE3');
process.emitWarning(new Error('as error'));
process.emitWarning('dep', 'DeprecationWarning');
for (const args of [[5], [{}], ['x', 5], ['x', 'T', 5]]) {
  try { process.emitWarning(...args); } catch (e) { console.log(e.code, e.message); }
}
console.log('sync end');
