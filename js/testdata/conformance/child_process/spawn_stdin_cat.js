// child.stdin is writable: what is written and ended reaches cat, whose output comes back on stdout.
const { spawn } = require('child_process');
const c = spawn('cat');
let out = '';
c.stdout.setEncoding('utf8');
c.stdout.on('data', (d) => { out += d; });
console.log(c.stdin.writable, c.stdin.readable, c.stdout.readable);
c.stdin.write('hello ');
c.stdin.end('world\n', () => console.log('stdin end callback'));
c.on('close', (code) => console.log(JSON.stringify(out), code));
