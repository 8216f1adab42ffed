// Everyday syntax mistakes in a required file (lib/mistakes): V8's message and caret (missing ) after argument list, const without initializer, template ${ unclosed, private names, regular expression literals, invalid assignment targets, rest element, numbers running into letters, destructuring without initializer, yield outside a generator).
const withCaret = new Set(Array.from({ length: 26 }, (_, i) => i));
for (let i = 0; i < 26; i++) {
  try {
    require(`./lib/mistakes/case${i}.js`);
    console.log(i, 'no error');
  } catch (e) {
    const lines = String(e.stack).split('\n');
    console.log(i, e.name + ': ' + e.message, lines[0].replace(/^.*[\\/]/, ''));
    if (withCaret.has(i)) console.log(JSON.stringify(lines[1]), JSON.stringify(lines[2]));
  }
}
