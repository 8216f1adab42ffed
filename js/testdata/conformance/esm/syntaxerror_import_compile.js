// import() of a module with a syntax error esbuild lets through and goja refuses (a regular expression, a destructuring declaration without initializer), and of everyday mistakes: a SyntaxError with V8's message.
for (const name of ['regexp_pattern', 'regexp_group', 'regexp_flags', 'let_pattern', 'const_pattern', 'call_paren']) {
  try {
    await import(`./lib/mistakes/${name}.js`);
    console.log(name, 'imported');
  } catch (e) {
    console.log(name, e.name, e instanceof SyntaxError, e.message);
  }
}
