// spawn of an evloop script: what the parent writes to child.stdin is the child's process.stdin; end() is its end
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['sim/upper.js']);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code) => {
  process.stdout.write(out);
  console.log('close', code);
});
child.stdin.write('hello\n');
child.stdin.write('from the parent\n', () => console.log('write callback'));
setTimeout(() => child.stdin.end('last line\n'), 10);
