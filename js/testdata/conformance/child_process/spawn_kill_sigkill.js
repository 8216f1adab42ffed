// kill('SIGKILL') and kill(9) name the same signal; the child ends with SIGKILL.
const { spawn } = require('child_process');
const a = spawn('sleep', ['10']);
a.on('exit', (code, signal) => {
  console.log('a', code, signal);
  const b = spawn('sleep', ['10']);
  b.on('exit', (code, signal) => console.log('b', code, signal));
  b.kill(9);
});
a.kill('SIGKILL');
