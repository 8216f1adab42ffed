// process.nextTick(fn, ...args): each call sees exactly its own arguments,
// however many, while earlier ticks' records are reused; a tick that queues
// more from inside its call, and ticks queued from a timer and an immediate.
const log = [];
function show(tag) {
  return function () { log.push(tag + ':' + arguments.length + ':' + Array.from(arguments).map(String).join(',')); };
}
const five = show('five');
process.nextTick(show('none'));
process.nextTick(show('one'), 1);
process.nextTick(five, 1, 2, 3, 4, 5);
process.nextTick(function outer(a, b) {
  log.push('outer ' + a + ' ' + b);
  process.nextTick(show('inner'), 'x');
  process.nextTick(show('inner3'), 'p', 'q', 'r');
  log.push('outer still ' + a + ' ' + b);
}, 'A', 'B');
process.nextTick(show('nulls'), undefined, null);
let n = 0;
function chain(i, s) {
  log.push('chain ' + i + ' ' + s);
  if (++n < 5) process.nextTick(chain, i + 1, s + i);
}
process.nextTick(chain, 0, '');
setTimeout((a, b) => {
  process.nextTick(show('in-timer'), a, b);
  setImmediate(() => {
    process.nextTick(show('in-immediate'));
    process.nextTick(five, 'v');
    setImmediate(() => console.log(log.join('\n')));
  });
}, 1, 'ta', 'tb');
