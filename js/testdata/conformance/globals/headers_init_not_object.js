// new Headers(init) refuses an init that is not an object, as node's WebIDL conversion does (a long string used to become one header per character).
for (const v of ['x', 'x'.repeat(1e6), 1, true, Symbol('s'), null, undefined, {}, [['a', '1']], { b: '2' }]) {
  try {
    const h = new Headers(v);
    console.log('ok', [...h].length);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
