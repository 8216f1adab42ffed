// timers.unenroll and active on a real Timeout: unenroll cancels it, active restarts it
const timers = require('timers');
const a = setTimeout(() => console.log('a ran'), 1);
timers.unenroll(a);
console.log('a destroyed', a._destroyed);
const b = setTimeout(() => console.log('b ran', b._idleTimeout), 3);
timers.active(b);
console.log('sync');
