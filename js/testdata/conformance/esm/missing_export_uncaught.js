// An uncaught missing export: node prints the importing line and carets above the SyntaxError (stderr), exit 1.
console.log('never printed: linking fails first');
import { nope } from './lib/link/target.js';
