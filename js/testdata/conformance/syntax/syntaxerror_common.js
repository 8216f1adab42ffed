// Everyday syntax mistakes in a required file (lib/mistakes): V8's message and caret (missing ) after argument list, const without initializer, template ${ unclosed, private names, regular expression literals).
const withCaret = new Set([0,1,2,3,4,5,6,8,9,10,11,12,13,14]);
for (let i = 0; i < 15; i++) {
  try {
    require(`./lib/mistakes/case${i}.js`);
    console.log(i, 'no error');
  } catch (e) {
    const lines = String(e.stack).split('\n');
    console.log(i, e.name + ': ' + e.message, lines[0].replace(/^.*[\\/]/, ''));
    if (withCaret.has(i)) console.log(JSON.stringify(lines[1]), JSON.stringify(lines[2]));
  }
}
