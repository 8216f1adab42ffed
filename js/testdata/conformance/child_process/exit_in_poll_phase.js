// 'exit' is emitted from the poll phase: an immediate set there runs before a 0 ms timer.
const { spawn } = require('child_process');
const c = spawn('true', { stdio: 'ignore' });
c.on('exit', () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  console.log('exit');
});
