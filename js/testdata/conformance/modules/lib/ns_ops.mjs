// Runs every way of writing to a module namespace object and returns what each gave (modules/namespace_reflect_sloppy).
export function nsOps(ns) {
  const r = [];
  const t = (n, f) => {
    try { r.push(n + ': ' + String(f())); } catch (e) { r.push(n + ': ' + e.constructor.name + ' ' + e.message); }
  };
  t('assign', () => { ns.x = 5; return ns.x; });
  t('assign new', () => { ns.nope = 5; return ns.nope; });
  t('assign tag', () => { ns[Symbol.toStringTag] = 'y'; return ns[Symbol.toStringTag]; });
  t('assign symbol', () => { ns[Symbol.iterator] = 1; return ns[Symbol.iterator]; });
  t('delete', () => delete ns.x);
  t('delete missing', () => delete ns.nope);
  t('delete tag', () => delete ns[Symbol.toStringTag]);
  t('Reflect.set', () => Reflect.set(ns, 'x', 5));
  t('Reflect.set new', () => Reflect.set(ns, 'y', 5));
  t('Reflect.set tag', () => Reflect.set(ns, Symbol.toStringTag, 'y'));
  t('Reflect.defineProperty same value', () => Reflect.defineProperty(ns, 'x', { value: 1 }));
  t('Reflect.defineProperty other value', () => Reflect.defineProperty(ns, 'x', { value: 2 }));
  t('Reflect.defineProperty empty', () => Reflect.defineProperty(ns, 'x', {}));
  t('Reflect.defineProperty not enumerable', () => Reflect.defineProperty(ns, 'x', { enumerable: false }));
  t('Reflect.defineProperty configurable', () => Reflect.defineProperty(ns, 'x', { configurable: true }));
  t('Reflect.defineProperty not writable', () => Reflect.defineProperty(ns, 'x', { writable: false }));
  t('Reflect.defineProperty getter', () => Reflect.defineProperty(ns, 'x', { get() { return 1; } }));
  t('Reflect.defineProperty new', () => Reflect.defineProperty(ns, 'q', { value: 2 }));
  t('Reflect.deleteProperty', () => Reflect.deleteProperty(ns, 'x'));
  t('Reflect.deleteProperty missing', () => Reflect.deleteProperty(ns, 'nope'));
  t('Reflect.setPrototypeOf null', () => Reflect.setPrototypeOf(ns, null));
  t('Reflect.setPrototypeOf object', () => Reflect.setPrototypeOf(ns, {}));
  t('Object.defineProperty same value', () => Object.defineProperty(ns, 'x', { value: 1 }) === ns);
  t('Object.defineProperty other value', () => Object.defineProperty(ns, 'x', { value: 2 }));
  t('Object.defineProperty new', () => Object.defineProperty(ns, 'q', { value: 2 }));
  t('Object.defineProperties', () => Object.defineProperties(ns, { x: { enumerable: true } }) === ns);
  t('Object.freeze', () => Object.freeze(ns));
  t('Object.seal', () => Object.seal(ns) === ns);
  t('Object.preventExtensions', () => Object.preventExtensions(ns) === ns);
  t('isFrozen isSealed isExtensible', () => [Object.isFrozen(ns), Object.isSealed(ns), Object.isExtensible(ns)]);
  t('Object.setPrototypeOf null', () => Object.setPrototypeOf(ns, null) === ns);
  t('Object.setPrototypeOf object', () => Object.setPrototypeOf(ns, {}));
  t('Object.assign', () => Object.assign(ns, { x: 3 }));
  t('Reflect functions', () => [Reflect.set.name, Reflect.set.length, Reflect.defineProperty.length, Reflect.deleteProperty.length, Reflect.setPrototypeOf.name]);
  t('Reflect on a plain object', () => { const o = {}; return [Reflect.set(o, 'a', 1), Reflect.defineProperty(o, 'b', { value: 2 }), Reflect.deleteProperty(o, 'a'), Reflect.setPrototypeOf(o, null), JSON.stringify(Object.getOwnPropertyDescriptors(o))]; });
  t('Reflect on a frozen object', () => { const o = Object.freeze({ a: 1 }); return [Reflect.set(o, 'a', 2), Reflect.defineProperty(o, 'a', { value: 3 }), Reflect.deleteProperty(o, 'a')]; });
  t('value after all', () => JSON.stringify(ns));
  return r.join('\n');
}
