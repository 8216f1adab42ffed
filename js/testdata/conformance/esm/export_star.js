// export * re-exports every name but default; a name two star exports disagree on is left out of the namespace.
import * as all from './lib/star_all.js';
console.log(Object.keys(all));
console.log(all.onlyA, all.onlyB, all.renamed, all.nsA.default, 'shared' in all, 'default' in all);
try {
  await import('./lib/star_conflict.js');
} catch (e) {
  console.log(e.name, e.message);
}
