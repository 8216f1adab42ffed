// JSON modules: import with { type: 'json' } gives the parsed value as the default export, one object for every importer.
import data from './lib/data.json' with { type: 'json' };
const again = await import('./lib/data.json', { with: { type: 'json' } });
console.log(data.name, data.list, again.default === data, Object.keys(again));
