// An arrow function reading the arguments of the function around it: called at once (goja indexed past its stack: internal error, exit 70), later (goja read undefined), nested, in methods, constructors, async and generator functions.
function now() { return (() => arguments.length)(); }
console.log(now(1, 2), now());
function later() { return [1].map(() => arguments[0]); }
console.log(later('x'));
function nested() { return (() => (() => arguments.length)())(); }
console.log(nested(1, 2, 3));
function strict() { 'use strict'; return (() => arguments.length)(); }
console.log(strict(1));
const o = { m() { return (() => arguments.length)(); }, get g() { return (() => arguments.length)(); } };
console.log(o.m(1, 2), o.g);
class K { constructor() { this.n = (() => arguments.length)(); } static s() { return (() => [...arguments])(); } }
console.log(new K(1, 2).n, K.s(3, 4));
function inner() { function deeper() { return (() => arguments.length)(); } return deeper(1, 2, 3, 4); }
console.log(inner());
async function af() { await null; return (() => arguments.length)(); }
af(1, 2).then((v) => console.log('async', v));
function* gf() { yield (() => arguments.length)(); }
console.log([...gf(1, 2, 3)]);
function sum() { return Array.prototype.reduce.call(arguments, (a, b) => a + b, 0) + (() => arguments.length)(); }
console.log(sum(1, 2, 3));
function shadow() { var arguments = [9]; return (() => arguments.length)(); }
console.log(shadow(1, 2));
