// Recursion that stays in JS (no native between the levels) ends in a
// RangeError the program's own catch catches, whatever the form of the
// recursion, and the program goes on. A finally around a recursive call
// runs on the way out; the depth reached is not printed (V8's bound is
// its stack size, goja's a frame count).
function show(label, e) {
  console.log(label, e instanceof RangeError, e.message);
}
function f() { f(); }
try { f(); } catch (e) { show('direct', e); }

const g = () => g();
try { g(); } catch (e) { show('arrow', e); }

const o = { m() { return this.m(); } };
try { o.m(); } catch (e) { show('method', e); }

class C { n(x) { return this.n(x + 1) + 1; } }
try { new C().n(0); } catch (e) { show('class method', e); }

function a(n) { return b(n + 1); }
function b(n) { return a(n + 1); }
try { a(0); } catch (e) { show('mutual', e); }

let open = 0;
function h() { open++; try { return h(); } finally { open--; } }
try { h(); } catch (e) { show('finally', e); }
console.log('finally blocks all ran', open === 0);

function inner() { try { return inner(); } catch (e) { return 'caught deep'; } }
console.log('catch at every level', inner());

function r(n) { if (n === 0) return 0; return 1 + r(n - 1); }
console.log('shallow recursion still fine', r(1000));

let thrown = 0;
function t() { try { t(); } catch (e) { thrown++; throw e; } }
try { t(); } catch (e) { show('rethrown', e); }
console.log('rethrown through every level', thrown > 100);

function loop() {
  for (let i = 0; i < 3; i++) {
    try { if (i === 1) return 'returned ' + i; f(); } catch (e) { console.log('loop', i, e.message); }
  }
}
console.log(loop());
console.log('still running');
