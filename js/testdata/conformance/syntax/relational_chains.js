// Chained relational operators group to the left (1 < 2 < 3 is (1 < 2) < 3, true), with in and instanceof in the chain, parentheses the program wrote kept (1 < (2 < 3)), in functions, arrows, classes, templates and vm.runInThisContext; and a stray < is V8's "Unexpected token '<'".
const vm = require('vm');
const f = (x) => x, o = { a: 1 };
class A {}
console.log(1 < 2 < 3, 3 > 2 > 1, 1 <= 2 <= 3, 5 > 4 >= 1, 1 < 2 > 0, 2 >= 2 <= 0);
console.log('a' in o instanceof Object, new A() instanceof A instanceof Object, 'x' in o in { false: 1 });
console.log(1 < (2 < 3), 1 < (2) < 3, (1 < 2) < 3, 1 < ((2) < 3), 3 > /* ( */ 2 > 1, 3 > (new A()) > 1);
console.log(f(1) < f(2) < f(0), '(' < ')' < 'x', `(${1})` < 2 < 3, [1][0] < 2 < 0, o.a < 2 < 1);
console.log(1 < 2 < 3 < 4 < 5, 5 > 4 > 3 > 2 > 1, 1 + 1 < 2 * 2 < 3 == true, 1 << 2 < 3 < 4);
console.log(typeof 1 < 'z' < 1, -1 < -2 < 1, !0 < 2 < 1, void 0 < 1 < 2);
const g = (a, b, c) => a < b < c;
function h(a, b, c) { return a > b > c; }
console.log(g(3, 2, 1), g(1, 2, 3), h(3, 2, 1), [3, 2, 1].filter((x) => 0 < x < 2));
class C { static t = 3 > 2 > 1; m() { return 1 < 2 < 3; } get [1 < 2 < 3]() { return 'key'; } }
console.log(C.t, new C().m(), new C().true, `${1 < 2 < 3}`, [1 < 2 < 3, { k: 3 > 2 > 1 }]);
console.log(1 <
  2 < // comment (
  0);
for (let i = 0; i < 2 < 3; i++) { if (i > 5) break; console.log('loop', i); break; }
let n = 0;
const side = (v) => { n++; return v; };
console.log(side(3) > side(2) > side(1), n);
console.log(vm.runInThisContext('1 < 2 < 3'), vm.runInThisContext('3 > 2 > 1'), vm.runInThisContext('1 < (2 < 3)'));
for (const src of ['1 < < 2', 'x = <div>hi</div>', 'f(<a/>)']) {
  try { new vm.Script(src); } catch (e) { console.log(e.name + ': ' + e.message); }
}
