// Killing a child that has exited returns false and throws nothing.
const { spawn } = require('child_process');
const c = spawn('true');
c.on('exit', (code) => {
  console.log('exit', code);
  console.log('kill', c.kill(), c.killed);
  console.log('kill SIGKILL', c.kill('SIGKILL'));
});
c.on('close', () => console.log('kill after close', c.kill()));
