// import() of a module whose imports do not resolve rejects with the SyntaxError; the importer's output before it stays.
console.log('before');
try {
  await import('./missing_export.js');
} catch (e) {
  console.log(e.name, e.message);
}
console.log('after');
