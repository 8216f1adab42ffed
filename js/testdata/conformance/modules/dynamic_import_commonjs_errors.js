// import() failures from CommonJS carry node's codes; a syntax error in the imported module rejects with a SyntaxError.
(async () => {
  for (const spec of ['./lib/missing.mjs', './lib', 'node:nope', './lib/bad_syntax.mjs']) {
    try {
      await import(spec);
    } catch (e) {
      console.log(e.name, e.code);
    }
  }
})();
