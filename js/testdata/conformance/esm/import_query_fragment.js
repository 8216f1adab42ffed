// A specifier's query and fragment are part of the module's URL: each distinct one is a module of its own, evaluated once (the cache-busting import('./x.js?v=' + n)); an absolute path imports as in node.
import { stamp as s1 } from './lib/versioned.js?static';
const a = await import('./lib/versioned.js?v=1');
const b = await import('./lib/versioned.js?v=2');
const c = await import('./lib/versioned.js?v=1');
const d = await import('./lib/versioned.js#frag');
const e = await import(new URL('./lib/versioned.js?v=2', import.meta.url));
const f = await import(import.meta.dirname + '/lib/versioned.js?static');
const plain = await import('./lib/versioned.js');
console.log(a === c, a === b, b === e, d === plain, f.stamp === s1, a.stamp === b.stamp);
const [p, q] = await Promise.all([import('./lib/versioned.js?v=3'), import('./lib/versioned.js?v=3')]);
console.log(p === q);
const tail = (u) => u.slice(u.lastIndexOf('/') + 1);
console.log(tail(import.meta.resolve('./lib/versioned.js?x=1#h')), tail(import.meta.resolve('./lib/none.js?x=1')));
const data = await import('./lib/data.json?1', { with: { type: 'json' } });
console.log(typeof data.default);
try {
  await import('./lib/none.js?v=1');
} catch (err) {
  console.log(err.code, tail(err.message), tail(err.url));
}
const dir = import.meta.dirname;
const viaAbs = await import(dir + '/lib/fresh.js');
console.log(viaAbs.fresh);
