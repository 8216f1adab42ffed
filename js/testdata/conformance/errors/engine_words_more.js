// V8's words for goja's messages that name no source: a constructor call
// on a plain object, a missing Promise executor, a value a weak collection
// cannot hold, a non-extensible prototype change, a missing super method,
// and destructuring on a line with more code after it.
const cases = [
  () => { const o = {}; return new o(); },
  () => new Promise(),
  () => new Promise(5),
  () => new Promise({}),
  () => Object.setPrototypeOf(Object.preventExtensions({}), {}),
  () => new WeakSet().add(1),
  () => new WeakMap().set('k', 1),
  () => { class A { static m() { return super.x(); } } return A.m(); },
  () => { const { a } = undefined; return a; }, () => 'next case',
  () => { const [b] = null; return b; },
  () => { for (const x of 5) console.log(x); },
];
for (const [i, c] of cases.entries()) {
  try {
    console.log(i, 'returned', c());
  } catch (e) {
    console.log(i, e.constructor.name + ': ' + e.message);
    // where V8 puts it (line:column; the frame's name is not this case's)
    const at = e.stack.split('\n')[1].match(/(\d+:\d+)\)?$/);
    console.log('  at', at ? at[1] : 'native');
  }
}
