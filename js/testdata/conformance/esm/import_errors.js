// import() failures carry node's error codes: missing file, directory, missing package, unknown built-in, unknown extension.
for (const spec of ['./lib/nope.js', './lib', './lib/', 'no-such-package', 'node:no-such-builtin', './lib/data.txt']) {
  try {
    await import(spec);
    console.log('loaded', spec);
  } catch (e) {
    console.log(e.name, e.code);
  }
}
