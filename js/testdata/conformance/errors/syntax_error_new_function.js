// Syntax errors from new Function and eval are SyntaxError exceptions that can be caught.
try {
  new Function("return (");
} catch (e) {
  console.log("new Function:", e.name, e instanceof SyntaxError);
}
try {
  eval("let let = 1");
} catch (e) {
  console.log("eval:", e.name);
}
try {
  JSON.parse("{bad json}");
} catch (e) {
  console.log("JSON.parse:", e.name);
}
