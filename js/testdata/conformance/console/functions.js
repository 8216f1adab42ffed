// Functions print as [Function: name], classes as [class X], async ones as [AsyncFunction: g].
function f() {}
const anon = (() => () => {})();
class A {}
class B extends A {}
async function g() {}
function* gen() {}
const arrow = () => {};
console.log(f);
console.log(anon);
console.log(A, B);
console.log(g);
console.log(gen);
console.log(arrow);
console.log({ method() {} });
console.log([f, A]);
