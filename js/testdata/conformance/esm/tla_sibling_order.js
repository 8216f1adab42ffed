// Top-level await in an imported module: modules that depend on it run after it; an independent sibling does not wait.
import './lib/tla_needs_slow.js';
import './lib/tla_sibling.js';
console.log('main: last');
