// A missing export's SyntaxError carries V8's place in its stack: the importing file and line, the line, carets under the name.
const dir = new URL('./lib/link/', import.meta.url).href;
for (const f of ['named', 'multiline', 'builtin', 'reexport', 'indirect', 'string_name', 'default', 'cjs', 'after_string']) {
  try {
    await import(`./lib/link/${f}.js`);
  } catch (e) {
    const lines = e.stack.split('\n');
    console.log(f, e.name);
    console.log(lines.slice(0, 3).map(l => l.replace(dir, '<dir>/')).join('\n'));
    console.log(lines[3] === `SyntaxError: ${e.message.split('\n')[0]}`);
  }
}
