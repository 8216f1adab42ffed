// package.json "imports": #names with conditions, patterns, a package target and a built-in target; an undefined one is ERR_PACKAGE_IMPORT_NOT_DEFINED.
import { out } from './lib/imports/main.js';
console.log(out);
