// AsyncLocalStorage in a child's process.stdin: its data and end, and readline's line and close over it, run in the store current when stdin was first touched (the child prints which)
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['sim/als_stdin.js']);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.on('close', (code) => {
  process.stdout.write(out);
  console.log('close', code);
});
child.stdin.write('one\n');
child.stdin.end('two\n');
