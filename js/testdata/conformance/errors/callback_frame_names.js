// node calls a timer's callback as the Timeout's _onTimeout method and an
// immediate's as the Immediate's _onImmediate: V8 names the callback's
// frame after that receiver ("at Timeout._onTimeout", "at Timeout.tick
// [as _onTimeout]"). One callback at a time, each scheduling the next.
const top = (e) => e.stack.split('\n')[1].trim().replace(__filename, 'F');
const steps = [];
const next = () => steps.length && steps.shift()();
const obj = {
  method() {
    console.log('method', top(new Error('m')));
    next();
  },
};
function inner() {
  return new Error('nested');
}
steps.push(() => setTimeout(() => {
  console.log('arrow', top(new Error('a')));
  next();
}, 0));
steps.push(() => setImmediate(function imm() {
  console.log('immediate', top(new Error('i')));
  next();
}));
steps.push(() => setImmediate(() => {
  console.log('immediate arrow', top(new Error('j')));
  next();
}));
steps.push(() => setTimeout(function tick() {
  console.log('named', top(new Error('t')));
  const lines = inner().stack.split('\n').slice(1, 3);
  console.log('nested', lines.map((l) => l.trim().replace(__filename, 'F')).join(' / '));
  next();
}, 0));
steps.push(() => setTimeout(obj.method, 0));
steps.push(() => {
  const iv = setInterval(() => {
    console.log('interval', top(new Error('v')));
    clearInterval(iv);
    next();
  }, 0);
});
steps.push(() => setTimeout(() => {
  try {
    null.x;
  } catch (e) {
    console.log('engine error', top(e));
  }
  next();
}, 0));
steps.push(() => setTimeout(async function later() {
  console.log('async before await', top(new Error('b')));
  next();
}, 0));
next();
