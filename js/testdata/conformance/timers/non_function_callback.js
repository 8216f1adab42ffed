// Passing a non-function callback throws synchronously with ERR_INVALID_ARG_TYPE.
for (const [name, fn] of [
  ["setTimeout", () => setTimeout("code string", 1)],
  ["setInterval", () => setInterval(null, 1)],
  ["setImmediate", () => setImmediate(42)],
  ["nextTick", () => process.nextTick({})],
  ["queueMicrotask", () => queueMicrotask("x")],
]) {
  try {
    fn();
    console.log(name, "did not throw");
  } catch (err) {
    console.log(name, err.name, err.code);
  }
}
