// import() and a static import share one namespace object; a second import() gives the same one and evaluates nothing again.
import * as stat from './lib/fresh.js';
const a = await import('./lib/fresh.js');
const b = await import('./lib/fresh.js');
console.log(a === stat, b === stat, a.fresh);
