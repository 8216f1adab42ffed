// require('assert'): strictEqual throws an AssertionError with code ERR_ASSERTION; ok passes.
const assert = require("assert");
assert.ok(true);
assert.strictEqual(1, 1);
try {
  assert.strictEqual(1, 2);
} catch (err) {
  console.log(err.name, err.code, err instanceof assert.AssertionError);
  console.log(err.actual, err.expected, err.operator);
}
try {
  assert.deepStrictEqual({ a: 1 }, { a: 1 });
  console.log("deep equal passed");
  assert(false, "custom message");
} catch (err) {
  console.log(err.message);
}
