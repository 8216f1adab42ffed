// The Function constructor and its kin: node's descriptors, new.target and
// instanceof; source nested too deeply is node's RangeError, not a crash.
const AF = (async function(){}).constructor, GF = (function*(){}).constructor;
for (const [n, C] of [['Function', Function], ['AsyncFunction', AF], ['GeneratorFunction', GF]]) {
  const d = Object.getOwnPropertyDescriptor(C.prototype, 'constructor');
  console.log(n, C.name, C.length, C.prototype.constructor === C, d.writable, d.enumerable, d.configurable,
    Object.getPrototypeOf(C) === (n === 'Function' ? Function.prototype : Function), typeof C.prototype);
  const pd = Object.getOwnPropertyDescriptor(C, 'prototype');
  console.log(' prototype', pd.writable, pd.enumerable, pd.configurable, Object.getOwnPropertyNames(C).sort().join());
}
console.log(Function('a', 'b', 'return a + b')(1, 2), new Function('return 7')());
console.log((function(){}).constructor === Function, Function('') instanceof Function, Function.prototype.constructor === Function);
class F extends Function { hi() { return 'hi' } }
const f = new F('return 5'); console.log(f(), f.hi(), f instanceof F, f instanceof Function, Object.getPrototypeOf(f) === F.prototype);
const g = new GF('yield 1; yield 2'); console.log([...g()]);
new AF('return await 3')().then(v => console.log('async', v));
console.log(Reflect.construct(Function, ['return 9'], F)() , Object.getPrototypeOf(Reflect.construct(Function, [''], F)) === F.prototype);
let calls = 0; const o = { toString() { calls++; return 'return 1' } }; Function(o); console.log('toString calls', calls);
try { Function(Symbol()) } catch (e) { console.log(e.constructor.name) }
try { Function('{') } catch (e) { console.log(e.constructor.name) }
console.log(Function.toString(), String(AF));
console.log(Function('return this')() === globalThis, typeof Function.call, Function.apply(null, ['return 3'])());
for (const d of [2000, 400000]) {
  for (const [n, C] of [['Function', Function], ['AsyncFunction', AF], ['GeneratorFunction', GF]]) {
    try { C('return ' + '['.repeat(d) + ']'.repeat(d)); console.log(d, n, 'compiled'); } catch (e) { console.log(d, n, e.constructor.name, e.message); }
  }
}
try { Function('a', 'b'.repeat(5000), 'return ' + '('.repeat(300000) + ')'.repeat(300000)) } catch (e) { console.log(e.constructor.name, e.message) }
