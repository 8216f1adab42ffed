// A ReferenceError for require, module, exports, __filename or __dirname that ends an ES module's evaluation gets node's explanation (with the package.json sentence for a .js file); one thrown later does not.
for (const file of ['./lib/uses_require.js', './lib/uses_dirname.js', './lib/uses_exports.mjs', './lib/uses_require.js']) {
  try {
    await import(file);
  } catch (e) {
    console.log(file, e.name);
    console.log(e.message.replace(process.cwd(), '<cwd>'));
    console.log(e.stack.split('\n')[0].replace(process.cwd(), '<cwd>'));
  }
}
const { later } = await import('./lib/uses_module_later.js');
try { later(); } catch (e) { console.log('later:', e.message); }
try { require('x'); } catch (e) { console.log('main:', e.message); }
