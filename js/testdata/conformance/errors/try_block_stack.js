// An error made inside a try block has the frames node gives it: the
// function the block is in, with the line and column of the throw, then
// its callers (evloop runs the block through a frame of its own, which a
// stack never shows).
function frames(e) {
  const lines = e.stack.split('\n');
  const own = lines.slice(1).filter((l) => l.includes(__dirname));
  return [lines[0], ...own].map((l) => l.split(__dirname).join('.')).join('\n');
}
function f() {
  try {
    null.x;
  } catch (e) {
    return frames(e);
  }
}
console.log(f());
const arrow = () => {
  try { throw new Error('in arrow'); } catch (e) { return frames(e); }
};
console.log(arrow());
function outer() {
  try {
    return (function inner() {
      try { throw new RangeError('nested'); } finally { console.log('finally'); }
    })();
  } catch (e) {
    return frames(e);
  }
}
console.log(outer());
try {
  JSON.parse('{');
} catch (e) {
  console.log(e.message);
}
try {
  undefinedFunction();
} catch (e) {
  console.log(frames(e));
}
