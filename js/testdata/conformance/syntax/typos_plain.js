// A reader's everyday typos in a required file (lib/typos): V8's message, line and caret for a missing or extra bracket, two tokens in a row, an unterminated string, a file that ends inside a call (evloop answers these from goja's parse error, without esbuild: js/plainsyntax.go).
for (let i = 0; i < 26; i++) {
  try {
    require(`./lib/typos/case${i}.js`);
    console.log(i, 'no error');
  } catch (e) {
    const lines = String(e.stack).split('\n');
    console.log(i, e.name + ': ' + e.message, lines[0].replace(/^.*[\\/]/, ''));
    console.log(JSON.stringify(lines[1]), JSON.stringify(lines[2]));
  }
}
