// the legacy timers functions warn DeprecationWarning once each, with node's codes
const timers = require('timers');
process.on('warning', (w) => console.log(w.name, w.code, w.message));
const o = { _onTimeout() { console.log('fired'); } };
timers.enroll(o, 1); timers.enroll(o, 1);
timers.active(o); timers.active(o);
timers._unrefActive(o);
timers.unenroll(o); timers.unenroll(o);
const p = { _onTimeout() { console.log('p fired', this._destroyed); } };
timers.enroll(p, 1);
timers.active(p);
console.log('sync');
