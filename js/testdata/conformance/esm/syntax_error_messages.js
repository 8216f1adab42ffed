// Syntax errors as node words them (V8's messages), for ES modules and for CommonJS files (.cjs), caught from import().
const n = 34;
for (let i = 1; i <= n; i++) {
  const id = String(i).padStart(2, '0');
  for (const f of [`./lib/bad_syntax/m${id}.js`, `./lib/bad_syntax/c${id}.cjs`]) {
    try {
      await import(f);
      console.log(f, 'loaded');
    } catch (e) {
      console.log(f, e.name, e.message);
    }
  }
}
