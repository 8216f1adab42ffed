// Private names a class does not declare (#x in o, this.#x, this?.#x) and a private name on its own (return #x): V8's message and caret, in a required file (lib/privnames).
for (let i = 0; i < 10; i++) {
  try {
    require(`./lib/privnames/case${i}.js`);
    console.log(i, 'no error');
  } catch (e) {
    const lines = String(e.stack).split('\n');
    console.log(i, e.name + ': ' + e.message, lines[0].replace(/^.*[\\/]/, ''));
    console.log(JSON.stringify(lines[1]), JSON.stringify(lines[2]));
  }
}
