// try/catch/finally order, and a return in finally overriding a throw.
function f() {
  try {
    console.log("try");
    throw new Error("x");
  } catch (e) {
    console.log("catch", e.message);
    return "from catch";
  } finally {
    console.log("finally");
  }
}
console.log(f());
function g() {
  try {
    throw new Error("lost");
  } finally {
    return "finally wins";
  }
}
console.log(g());
