// A CommonJS class method named import (or export) is a method, not import(); a real import() beside it still loads.
class K { import(x) { return 'method ' + x; } static export() { return 'e'; } }
const o = { import: 1, export: 2 };
console.log(new K().import(1), K.export(), o.import, o.export);
import('./lib/esm_dep.mjs').then((m) => console.log(typeof m.bump));
