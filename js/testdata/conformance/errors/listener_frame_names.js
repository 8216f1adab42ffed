// emit calls each listener with the emitter as this: V8 names the
// listener's frame after the emitter's type ("at MyEm.onX", "at
// MyEm.<anonymous>", "at process.<anonymous>"), and emit's own frame too.
const EventEmitter = require('events');
const names = (e) => e.stack.split('\n').slice(1, 3).map((l) => l.trim().replace(/ \(.*/, '')).join(' / ');
class MyEm extends EventEmitter {
  fire() {
    this.emit('inside');
  }
}
const em = new MyEm();
const plain = new EventEmitter();
em.on('x', function onX() {
  console.log('named', names(new Error('e')));
});
em.on('x', () => {
  console.log('arrow', names(new Error('e')));
});
em.once('x', function onceOnly() {
  console.log('once', new Error('e').stack.split('\n')[1].trim().replace(/ \(.*/, ''));
});
em.on('inside', function () {
  console.log('this.emit', names(new Error('e')));
});
plain.on('p', (v) => {
  console.log('plain', v, names(new Error('e')));
});
em.emit('x');
em.fire();
plain.emit('p', 1);
process.on('exit', (code) => {
  console.log('exit', code, names(new Error('exit')));
});
