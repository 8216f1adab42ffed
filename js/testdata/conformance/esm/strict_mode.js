// ES module code is strict: assigning an undeclared variable throws, functions get undefined this, arguments.callee is refused.
try {
  undeclaredVariable = 1;
} catch (e) {
  console.log(e.name, e.message);
}
function f() { return this; }
console.log(f());
try {
  (function () { return arguments.callee; })();
} catch (e) {
  console.log(e.name);
}
