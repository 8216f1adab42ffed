// A module that does not parse: import() rejects with a SyntaxError whose stack starts with its name and message (the file and caret header is only the uncaught report's); a CommonJS file's SyntaxError keeps the header at the top of its stack.
import { createRequire } from 'node:module';
const show = (how, e) => {
  const lines = e.stack.split('\n');
  console.log(how, e.name, e.message, e instanceof SyntaxError, lines[0].replace(/^.*\/lib\//, 'lib/'), lines.includes("SyntaxError: Unexpected token ';'"));
};
for (const f of ['./lib/stack_bad.js', './lib/stack_bad.cjs']) {
  try {
    await import(f);
  } catch (e) {
    show('import ' + f, e);
  }
}
import('./lib/stack_bad.js').catch((e) => show('import().catch', e));
const require = createRequire(import.meta.url);
try {
  require('./lib/stack_bad.cjs');
} catch (e) {
  show('require', e);
}
