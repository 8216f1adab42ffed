// timers.enroll/active/unenroll: a legacy object with _onTimeout runs after its _idleTimeout.
// The 1 ms unref item is armed first: armed last, a slow start (the wasm engine on a
// loaded machine) let 29 ms pass between it and the 30 ms ones, which changed the order.
const timers = require('timers');
const order = [];
const u = { _onTimeout() { order.push('unref item'); } };
timers.enroll(u, 1);
timers._unrefActive(u);
const item = { _onTimeout() { order.push('item ' + (this === item)); } };
timers.enroll(item, 30);
console.log('idle', item._idleTimeout);
timers.active(item);
setTimeout(() => order.push('plain 30'), 30);
const gone = { _onTimeout() { order.push('gone'); } };
timers.enroll(gone, 2);
timers.active(gone);
timers.unenroll(gone);
console.log('after unenroll', gone._idleTimeout);
setTimeout(() => console.log(order.join(", ")), 60);
