// stdio 'ignore' leaves no streams; 'close' follows 'exit' in the same callback, before its ticks.
const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'echo invisible; exit 2'], { stdio: 'ignore' });
console.log(c.stdin, c.stdout, c.stderr, c.stdio);
c.on('exit', (code) => {
  console.log('exit', code);
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('promise'));
});
c.on('close', (code) => console.log('close', code));
