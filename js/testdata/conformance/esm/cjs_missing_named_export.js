// A name cjs-module-lexer cannot see is a SyntaxError naming the CommonJS module.
try {
  await import('./lib/cjs_missing_importer.js');
} catch (e) {
  console.log(e.name);
  console.log(e.message);
}
