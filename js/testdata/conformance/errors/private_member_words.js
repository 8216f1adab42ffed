// V8's words for a private member used on an object whose class did not
// declare it, and for a private accessor with a getter alone.
class A {
  #x = 1;

  get #g() {
    return 1;
  }

  #m() {}

  static setX(o) {
    o.#x = 2;
  }

  static callM(o) {
    o.#m();
  }

  static setG(o) {
    o.#g = 5;
  }

  static readX(o) {
    return o.#x;
  }
}
for (const f of [() => A.setX({}), () => A.callM({}), () => A.setG(new A()), () => A.readX({})]) {
  try {
    f();
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
// A parameter's default that reads a later parameter: V8 names the one
// read, not the one given the default.
try {
  (function f(a = b, b) {
    return a + b;
  })();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
