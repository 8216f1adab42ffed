// node's message for a name a CommonJS module does not export suggests destructuring the default export with the braces of the line the name is on (several names, `as` as a colon), none for a declaration over several lines.
for (const file of ['./lib/cjs_missing_one_line.js', './lib/cjs_missing_multi_line.js', './lib/cjs_missing_reexport.js']) {
  try {
    await import(file);
  } catch (e) {
    console.log(file, e.name);
    console.log(e.message);
  }
}
