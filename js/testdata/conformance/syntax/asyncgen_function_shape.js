// An async generator function (declaration, expression, object and class methods with computed keys, static, in a block, nested) is shaped as V8's: its constructor is AsyncGeneratorFunction, its prototype %AsyncGeneratorFunction.prototype%, it has a prototype object tagged AsyncGenerator; util.types knows it.
const util = require('util');
const show = (label, f) => console.log(label, typeof f, f && f.name, f && f.constructor && f.constructor.name, Object.prototype.toString.call(f), f && Object.getOwnPropertyNames(f).sort().join(','), f && Object.getOwnPropertyDescriptor(f, 'prototype') && Object.prototype.toString.call(f.prototype));
show('hoisted', early);
async function* early(a, b) { yield a; }
const expr = async function* () {};
let assigned; assigned = async function* () {};
const namedExpr = async function* inner() {};
const obj = { async *m() { yield 1; }, async *[Symbol.asyncIterator]() { yield 'it'; }, async *['comp' + 'uted']() {}, prop: async function* () {}, 7: async function* () {}, async *8() {} };
show('obj.m', obj.m); show('obj[asyncIterator]', obj[Symbol.asyncIterator]); show('obj.computed', obj.computed); show('obj.prop', obj.prop); show('obj[7]', obj[7]); show('obj[8]', obj[8]);
class C {
  async *m() { yield 1; }
  static async *s() {}
  async *[Symbol.asyncIterator]() { yield 'c'; }
  static async *['st' + 'comp']() {}
  async *#priv() { yield 'p'; }
  callPriv() { return this.#priv(); }
  static field = 1;
}
show('C.m', C.prototype.m); show('C.s', C.s); show('C[ai]', C.prototype[Symbol.asyncIterator]); show('C.stcomp', C.stcomp);
show('expr', expr); show('assigned', assigned); show('namedExpr', namedExpr);
{ async function* inBlock() {} show('inBlock', inBlock); }
function outer() { return inner2; async function* inner2() {} }
show('nested', outer());
show('arg', ((f) => f)(async function* () {}));
console.log(Object.getPrototypeOf(early) === Object.getPrototypeOf(expr), Object.getPrototypeOf(Object.getPrototypeOf(early)) === Function.prototype);
const AGF = early.constructor;
console.log(AGF.name, AGF.length, Object.getPrototypeOf(AGF) === Function, AGF.prototype === Object.getPrototypeOf(early), Object.getOwnPropertyNames(AGF.prototype).sort(), AGF.prototype.prototype === Object.getPrototypeOf(early.prototype));
console.log(Object.getOwnPropertyDescriptor(early, 'prototype'), Object.keys(early.prototype), early instanceof Function, early instanceof AGF);
console.log(String(Object.getOwnPropertyDescriptor(C, 'field').value), C.field);
console.log(util.types.isAsyncFunction(early), util.types.isGeneratorFunction(C.prototype.m), util.types.isGeneratorObject(early()), util.types.isAsyncFunction(function () {}), util.inspect(expr), util.inspect(obj.m));
