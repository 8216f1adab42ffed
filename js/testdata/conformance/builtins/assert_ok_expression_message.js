// A failed assert(value) or assert.ok(value) without a message quotes the call's source, as node reads it from the file (multi-line calls re-indented).
const assert = require('assert');
const check = (f) => { try { f(); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage, e.operator); } };
check(() => assert(0));
check(() => assert.ok(false));
check(() => { assert(1 === 2); });
check(() => assert(
  [1, 2].length === 3
));
check(() => assert.ok(null, undefined));
check(() => { const x = { y: 0 }; assert(x.y, undefined); });
check(() => assert(typeof 'a' === 'number' && "paren ) in a string"));
function named() {
  assert.equal(1, 1);
  assert(false); // a comment (with a paren
}
check(named);
const { ok } = assert;
check(() => ok(''));
check(() => assert.strict.ok(0));
check(() => assert(false, 'explicit'));
check(() => assert());
