// A missing command: an 'error' event with node's ENOENT error, no 'exit', then 'close' with -2.
const { spawn } = require('child_process');
const c = spawn('no-such-command-evloop', ['x', 'y']);
console.log('pid', c.pid, typeof c.stdout);
c.on('error', (e) => {
  console.log(e.message);
  console.log(e.errno, e.code, e.syscall, e.path, JSON.stringify(e.spawnargs));
});
c.on('exit', () => console.log('exit (never)'));
c.on('close', (code, signal) => console.log('close', code, signal));
