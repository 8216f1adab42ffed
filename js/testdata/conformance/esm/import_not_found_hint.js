// An import not found (or of a directory) where require would find a file gets node's hint: 'Did you mean to import "./x.js"?' (require from the working directory, shown relative to the importer), the package's name and subpath for a bare one; a package without package.json is matched by its directory.
import { tryImport } from './lib/hint_imports.js';
const show = (e) => e.message.split(import.meta.dirname).join('.');
for (const spec of ['./lib/hint_noext', './lib/hint_dir', './lib/hint_dir/', './lib/nothing_here']) {
  try {
    await import(spec);
  } catch (e) {
    console.log(spec, e.code, JSON.stringify(show(e)));
  }
}
for (const spec of ['./hint_noext', './hint_dir', './lib/hint_noext', '../lib/hint_noext', 'no-manifest/esm', 'no-manifest/zz', 'no-manifest']) {
  console.log(await tryImport(spec));
}
