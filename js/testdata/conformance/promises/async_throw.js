// An exception inside an async function rejects its promise instead of throwing synchronously.
async function f() {
  console.log("f runs");
  throw new TypeError("async boom");
}
const p = f();
console.log("f returned", p instanceof Promise);
p.catch((e) => console.log("caught", e.name, e.message));
