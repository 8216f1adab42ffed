// Everyday syntax mistakes in a required file: V8's message and caret (missing ) after argument list, const without initializer, template ${ unclosed, private names, regular expression literals).
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evloop-syntax-'));
const cases = [
  ["console.log('a';", true],
  ['foo(1, 2', true],
  ['if (ok) {\n  console.log(x, y;\n}', true],
  ['const b;', true],
  ['var y = `abc ${x;', true],
  ['const #x = 1;', true],
  ['class A { #x; m() { delete this.#x; } }', true],
  ['class A { m() { this.#y; } }', false],
  ['const r = /a/x;', true],
  ['const r = /a/gg;', true],
  ['const r = /a**/;', true],
  ['let s = "ok";\nconst r = /(/g;', true],
  ['let x = 1 +;', true],
  ['const s = \'abc;\nconsole.log(s);', true],
  ['let a = 1;\nlet a = 2;', true],
];
cases.forEach(([src, caret], i) => {
  const f = path.join(dir, `case${i}.js`);
  fs.writeFileSync(f, src);
  try {
    require(f);
    console.log(i, 'no error');
  } catch (e) {
    const lines = String(e.stack).split('\n');
    console.log(i, e.name + ': ' + e.message, lines[0].replace(/^.*[\\/]/, ''));
    if (caret) console.log(JSON.stringify(lines[1]), JSON.stringify(lines[2]));
  }
});
fs.rmSync(dir, { recursive: true });
