// structuredClone throws DataCloneError (a DOMException, code 25) for functions, symbols and promises, and ERR_MISSING_ARGS with no argument.
for (const v of [() => {}, function foo() { return 1; }, Symbol('s'), { deep: [Symbol.iterator] }, new WeakMap(), Promise.resolve(), { f() {} }]) {
  try {
    structuredClone(v);
    console.log('cloned');
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e instanceof Error, e instanceof DOMException, Object.prototype.toString.call(e));
  }
}
try { structuredClone(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof structuredClone, structuredClone.length, structuredClone(1, {}));
