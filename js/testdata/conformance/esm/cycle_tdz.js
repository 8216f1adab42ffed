// A cycle: the module evaluated first reads a binding of the other in its temporal dead zone (ReferenceError); hoisted functions already work.
import './lib/cycle_a.js';
console.log('main');
