// An async generator function in an ES module with top-level await (for await), and its default export: shaped as V8's (constructor AsyncGeneratorFunction, prototype tagged AsyncGenerator).
import util from 'node:util';
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
for await (const x of obj) console.log(x);
for await (const x of new C()) console.log(x);
for await (const x of new C().callPriv()) console.log(x);
console.log(Object.getPrototypeOf(early) === Object.getPrototypeOf(expr), Object.getPrototypeOf(Object.getPrototypeOf(early)) === Function.prototype);
const AGF = early.constructor;
console.log(AGF.name, AGF.length, Object.getPrototypeOf(AGF) === Function, AGF.prototype === Object.getPrototypeOf(early), Object.getOwnPropertyNames(AGF.prototype).sort(), AGF.prototype.prototype === Object.getPrototypeOf(early.prototype));
console.log(Object.getOwnPropertyDescriptor(early, 'prototype'), Object.keys(early.prototype), early instanceof Function, early instanceof AGF);
console.log(String(Object.getOwnPropertyDescriptor(C, 'field').value), C.field);
export default async function* () {}
import def from './asyncgen_function_shape.js';
show('default', def);
console.log(util.types.isAsyncFunction(def), util.types.isGeneratorObject(def()));
