// A stack overflow in pure JS recursion inside a timer callback, an
// immediate, a promise reaction and an event listener is caught by a catch
// in that callback, as in node.
const EventEmitter = require('events');
function f() { f(); }
function guarded(label) {
  try { f(); } catch (e) { console.log(label, e instanceof RangeError, e.message); }
}
setTimeout(() => {
  guarded('timeout');
  setImmediate(() => guarded('immediate'));
}, 1);
Promise.resolve().then(() => guarded('then'));
process.nextTick(() => guarded('nextTick'));
const em = new EventEmitter();
em.on('go', () => guarded('listener'));
em.emit('go');
(async () => {
  await null;
  guarded('after await');
})();
