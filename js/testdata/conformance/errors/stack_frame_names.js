// Frames are named as V8 names them: K.run, new B, Object.m, get g [as g], P.pm, Array.map (<anonymous>), new Promise; no frame for call/apply.
const own = (e) => e.stack.split('\n').slice(1).filter((l) => l.includes(__filename) || l.includes('(<anonymous>)')).slice(0, 3)
  .map((l) => l.trim().replace(__filename, 'FILE')).join(' | ');
const L = (e) => console.log(own(e));
class K { run() { return new Error('run'); } static make() { return new this(); } get g() { return new Error('g'); } constructor() { this.e = new Error('ctor'); } }
class B { constructor() { this.e = new K().run(); } }
L(new B().e); L(K.make().e); L(new K().g);
const o = { m() { return new Error('m'); }, f: function () { return new Error('f'); }, a: () => new Error('a'), get g() { return new Error('og'); } };
L(o.m()); L(o.f()); L(o.a()); L(o.g);
const set = { set s(v) { L(new Error('s')); } }; set.s = 1;
function P() { this.e = new Error('P'); } P.prototype.pm = function () { return new Error('pm'); };
P.prototype.named = function nn() { return new Error('nn'); };
L(new P().e); L(new P().pm()); L(new P().named());
const plain = o.m; L(plain());
L([1].map(function cb() { return new Error('map'); })[0]);
const box = []; new Map([[1, 1]]).forEach(() => box.push(new Error('map forEach'))); L(box.pop());
const s = new Set([1]); s.forEach(() => box.push(new Error('set forEach'))); L(box.pop());
[1].forEach(() => box.push(new Error('array forEach'))); L(box.pop());
'a'.replace(/a/, () => { box.push(new Error('replace')); return ''; }); L(box.pop());
JSON.stringify({ toJSON() { box.push(new Error('toJSON')); } }); L(box.pop());
JSON.parse('{"a":1}', (k, v) => { if (k === 'a') box.push(new Error('reviver')); return v; }); L(box.pop());
[2, 1].sort((x, y) => { box.push(new Error('sort')); return x - y; }); L(box.pop());
(function viaCall() { box.push(new Error('call')); }).call(null); L(box.pop());
Reflect.apply(function viaApply() { box.push(new Error('apply')); }, null, []); L(box.pop());
new Promise(function executor() { box.push(new Error('executor')); }); L(box.pop());
try { new K().run.call(null).missing(); } catch (e) { L(e); }
try { [1].map(() => { throw new TypeError('in map'); }); } catch (e) { L(e); }
