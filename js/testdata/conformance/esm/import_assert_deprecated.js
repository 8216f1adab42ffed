// Import attributes written with the deprecated `assert` work, with V8's warning (type V8) per import() call at its line, and per declaration of a module, last first.
const tail = (s) => s.slice(s.lastIndexOf('/') + 1);
const seen = [];
process.on('warning', (w) => seen.push(`${w.name} ${tail(w.message)}`));
const m = await import('./lib/data.json', { assert: { type: 'json' } });
console.log('imported', typeof m.default);
const n = await import('./lib/asserting.js');
console.log('imported', Object.keys(n));
await new Promise((resolve) => setImmediate(resolve));
console.log(seen.join('\n'));
