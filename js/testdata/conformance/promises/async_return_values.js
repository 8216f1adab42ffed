// Async functions always return native promises, also for returned non-promises and thenables.
async function a() {
  return 1;
}
async function b() {}
console.log(a() instanceof Promise, b() instanceof Promise);
a().then((v) => console.log("a", v));
b().then((v) => console.log("b", v));
