// kill() a forked child that never ends by itself: exit with null and SIGTERM; kill() after the exit returns false
const { fork } = require('child_process');
const child = fork('sim/forever.js');
child.on('message', (m) => {
  console.log('child says', m);
  console.log('kill returns', child.kill());
  console.log('killed', child.killed);
});
child.on('exit', (code, signal) => {
  console.log('exit', code, signal);
  console.log('kill after exit returns', child.kill());
});
