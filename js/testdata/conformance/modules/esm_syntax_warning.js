// A CommonJS file that fails on ES-module syntax (import, export, import.meta, await): node emits its "To load an ES module" Warning at once, before the SyntaxError; V8's place and words for each.
process.on('warning', (w) => console.log('warning:', w.name, w.message));
for (const f of ['import', 'export', 'meta', 'tla', 'await_in_function', 'plain', 'prop_await']) {
  try {
    require(`./lib/esm_syntax/${f}.cjs`);
  } catch (e) {
    const lines = e.stack.split('\n');
    console.log('caught', f, e.name, e.message);
    console.log(lines[0].replace(/^.*[\\/]/, ''));
    console.log(lines.slice(1, 3).join('\n'));
  }
}
console.log('after');
