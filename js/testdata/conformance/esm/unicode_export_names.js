// Non-ASCII identifiers as export and import names (esbuild writes them with \u escapes): imports bind, the namespace lists them as written, string export names too.
import über, { café, naïve, 'другое' as other, "string name" as sn } from './lib/unicode_names.js';
import * as ns from './lib/unicode_names.js';
console.log(café, naïve(), über(), über.name, other, sn);
console.log(Object.keys(ns), ns.café, ns['другое']);
import { cafè, 'другое2' as o2 } from './lib/unicode_reexport.js';
console.log(cafè, o2);
