// package.json "exports": string, subpaths, patterns, null targets and the node/import/require/default conditions, for import and require.
import { results, errors } from './lib/exports_map.js';
for (const r of results) console.log(r);
console.log(errors);
