// A missing named import is a SyntaxError at link time: nothing of the graph runs, exit code 1.
import { present, absent } from './lib/missing_export_dep.js';
console.log('main', present, absent);
