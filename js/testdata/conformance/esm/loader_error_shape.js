// The loader's errors are node's: the code in toString and the stack's first line, and `url` on a file not found or a directory.
const base = new URL('.', import.meta.url).href;
const here = new URL('.', import.meta.url).pathname;
const clean = (s) => s.replaceAll(base, '<dir>/').replaceAll(here, '<dir>/');
for (const spec of ['./lib/nope.js', './lib', 'no-such-package', 'node:no-such-builtin', './lib/data.json', './lib/data.txt', '#nope', './lib/nope dir/a b.js']) {
  try {
    await import(spec);
    console.log('loaded', spec);
  } catch (e) {
    console.log(clean(String(e)));
    console.log(clean(e.stack.split('\n')[0]) === clean(String(e).split('\n')[0]), Object.keys(e), e.url && clean(e.url));
  }
}
try {
  import.meta.resolve('no-such-package');
} catch (e) {
  console.log(clean(String(e)), Object.keys(e));
}
