// Imports are live bindings: a module that reassigns an exported let is seen by its importers.
import { count, inc, later } from './lib/counter.js';
console.log(count);
inc();
inc();
console.log(count);
setImmediate(() => { later(); console.log('immediate', count); });
