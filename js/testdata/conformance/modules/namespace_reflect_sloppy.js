// Module namespace writes from sloppy CommonJS code (a namespace from import()): assignments and deletes fail silently, Reflect returns false, Object.* and built-ins still throw V8's TypeErrors.
const r = [];
const t = (n, f) => {
  try { r.push(n + ': ' + String(f())); } catch (e) { r.push(n + ': ' + e.constructor.name + ' ' + e.message); }
};
import('./lib/ns_target.mjs').then((ns) => {
  t('assign', () => { ns.x = 5; return ns.x; });
  t('assign new', () => { ns.nope = 5; return ns.nope; });
  t('assign tag', () => { ns[Symbol.toStringTag] = 'y'; return ns[Symbol.toStringTag]; });
  t('delete', () => delete ns.x);
  t('delete missing', () => delete ns.nope);
  t('delete tag', () => delete ns[Symbol.toStringTag]);
  t('Reflect.set', () => Reflect.set(ns, 'x', 5));
  t('Reflect.defineProperty same value', () => Reflect.defineProperty(ns, 'x', { value: 1 }));
  t('Reflect.deleteProperty', () => Reflect.deleteProperty(ns, 'x'));
  t('Object.defineProperty other value', () => Object.defineProperty(ns, 'x', { value: 2 }));
  t('Object.assign', () => Object.assign(ns, { x: 3 }));
  t('Object.setPrototypeOf object', () => Object.setPrototypeOf(ns, {}));
  t('Object.seal', () => Object.seal(ns) === ns);
  t('Object.freeze', () => Object.freeze(ns));
  t('value after all', () => JSON.stringify(ns));
  console.log(r.join('\n'));
  return import('./lib/ns_ops.mjs');
}).then(({ nsOps }) => import('./lib/ns_target.mjs').then((ns) => console.log('from module code:\n' + nsOps(ns))));
