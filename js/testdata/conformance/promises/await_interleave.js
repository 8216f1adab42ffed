// await of a non-promise and of a fresh promise each take one job; a plain then chain interleaves
// with the async function step by step.
async function f() {
  console.log("a1");
  await null;
  console.log("a2");
  await new Promise((r) => r());
  console.log("a3");
}
f();
Promise.resolve()
  .then(() => console.log("p1"))
  .then(() => console.log("p2"))
  .then(() => console.log("p3"))
  .then(() => console.log("p4"));
