// require of a file with a syntax error throws a SyntaxError whose stack starts with file:line, the source line and a caret.
try {
  require('./lib/bad_syntax.js');
} catch (e) {
  const lines = e.stack.split('\n');
  console.log(e.name, e instanceof SyntaxError, e.message);
  console.log(lines[0].replace(/^.*[\\/]/, ''));
  console.log(JSON.stringify(lines[1]));
  console.log(JSON.stringify(lines[2]));
  console.log(JSON.stringify(lines[3]));
}
try {
  require('./lib/bad_unexpected_identifier.js');
} catch (e) {
  console.log(e.name, e.message, JSON.stringify(e.stack.split('\n').slice(1, 3)));
}
