// A JSON module and require of the same file give one object, in either order (node's JSON translator shares the CommonJS cache).
import { createRequire } from 'node:module';
import shared from './lib/shared.json' with { type: 'json' };
const require = createRequire(import.meta.url);
console.log(require('./lib/shared.json') === shared);
const r = require('./lib/required_first.json');
r.mutated = true;
const { default: d } = await import('./lib/required_first.json', { with: { type: 'json' } });
console.log(d === r, d);
