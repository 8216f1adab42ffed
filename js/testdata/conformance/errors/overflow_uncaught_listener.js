// An endless recursion no catch sees reaches process's 'uncaughtException'
// listeners as node's RangeError, and the program goes on.
let n = 0;
process.on('uncaughtException', (e) => {
  console.log('listener', e instanceof RangeError, e.message, ++n);
  if (n === 1) setImmediate(() => { function g() { return g(); } g(); });
  else setImmediate(() => console.log('still running'));
});
function f() { return f(); }
f();
console.log('not reached');
