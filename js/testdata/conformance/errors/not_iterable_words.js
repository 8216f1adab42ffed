// V8 names what was not iterable from the source: a call's callee ("is
// not a function or its return value is not iterable"), a spread argument
// of a call ("Spread syntax requires ..." or "(cannot read property
// undefined)"), a member chain at its last name.
const obj = { list: 3, f() { return 2; } };
function getIt() { return 1; }
function a1() { let u; return Math.max(...u); }
function a2() { const n = null; return Math.max(...n); }
function a3() { const o = {}; return Math.max(1, ...o); }
function a4() { return Math.max(...getIt()); }
function a5() { for (const x of getIt()) console.log(x); }
function a6() { const [z] = getIt(); return z; }
function a7() { return [...getIt()]; }
function a8() { return [0, ...obj.list]; }
function a9() { for (const x of obj.list) console.log(x); }
function a10() { for (const x of obj.f()) console.log(x); }
function a11(...rest) { return [...rest[0]]; }
function a12() { const u = undefined; return [...u]; }
for (const f of [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12]) {
  try {
    f();
  } catch (e) {
    const at = e.stack.split('\n')[1].match(/(\d+:\d+)\)?$/);
    console.log(f.name, e.message, at[1]);
  }
}
