// Annex B methods node 20 has: Object.prototype.__defineGetter__/__defineSetter__/__lookupGetter__/__lookupSetter__, String.prototype's HTML methods, Date.prototype.getYear/setYear/toGMTString; no GoError global; BigInt.prototype has no own length or name.
const o = {}; o.__defineGetter__('g', function () { return 'got ' + this.k; }); o.k = 1;
o.__defineSetter__('s', function (v) { this.k = v; }); o.s = 5;
console.log(o.g, o, Object.getOwnPropertyDescriptor(o, 'g').enumerable, typeof o.__lookupGetter__('g'), o.__lookupSetter__('g'), ({}).__lookupGetter__('__proto__') === Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').get, o.__lookupGetter__('nope'));
const sym = Symbol('s'); o.__defineGetter__(sym, () => 'sym'); console.log(o[sym], Object.create(o).__lookupGetter__('g') === o.__lookupGetter__('g'));
try { o.__defineGetter__('x', 1); } catch (e) { console.log(e.name, e.message); }
console.log('x'.anchor('a"b'), 'x'.big(), 'x'.bold(), 'x'.fixed(), 'x'.fontcolor('red'), 'x'.fontsize(7), 'x'.italics(), 'x'.link('http://a'), 'x'.small(), 'x'.strike(), 'x'.sub(), 'x'.sup(), 'x'.blink(), String.prototype.link.length, String.prototype.bold.name);
const d = new Date(Date.UTC(2024, 5, 15)); console.log(d.getYear(), Date.prototype.toGMTString === Date.prototype.toUTCString, d.toGMTString());
d.setYear(99); console.log(d.getUTCFullYear()); d.setYear(2030); console.log(d.getUTCFullYear()); const bad = new Date(NaN); bad.setYear(5); console.log(bad.getUTCFullYear(), new Date(NaN).getYear());
console.log(typeof GoError, Object.getOwnPropertyNames(globalThis).includes('GoError'));
console.log(Reflect.ownKeys(BigInt.prototype), BigInt.prototype.length);
