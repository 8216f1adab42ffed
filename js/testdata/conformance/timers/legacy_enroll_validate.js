// timers.enroll validates msecs: type and range errors with node's codes
const timers = require('timers');
for (const ms of ['5', -1, Infinity, NaN, 2 ** 31, null]) {
  try { timers.enroll({}, ms); console.log(String(ms), 'ok'); }
  catch (e) { console.log(String(ms), e.name, e.code); }
}
const o = {};
timers.enroll(o, 0x7fffffff);
console.log(o._idleTimeout);
console.log(typeof timers.enroll, typeof timers.unenroll, typeof timers.active, typeof timers._unrefActive);
