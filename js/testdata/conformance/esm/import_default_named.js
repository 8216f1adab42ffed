// Static imports of a relative module: default, named and function exports; the import is evaluated first.
import dflt, { named, add } from './lib/values.js';
console.log(dflt, named, add(2, 3));
