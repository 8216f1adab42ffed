// assert(x)'s message quotes the call unless node's parse from the call's line fails: a list of items with a trailing comma after it
const assert = require('assert');
const run = (f) => { try { f(); } catch (e) { console.log(JSON.stringify(e.message)); } };
const table = [
  () => assert(0),
  () => assert.ok(''), // comment
  () => assert(null) /* c */ ,
  [() => assert(false), 1][0],
  () => assert.ok(false)
];
table.forEach((f) => run(f));
const trailing = [
  () => assert(0),
  () => assert.ok(false, undefined),
];
trailing.forEach((f) => run(f));
const obj = {
  a: () => assert(0),
  b: () => { assert(0); },
};
run(obj.a); run(obj.b);
run(() => [assert(NaN),
]);
run(() => [
  assert(undefined), ]);
run(() => assert(0, undefined));
function call(f) { return f; }
run(call(() => assert(''),
));
