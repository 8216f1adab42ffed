// A stdio array mixes kinds per descriptor: a pipe for stdout, stdin and stderr ignored.
const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'echo out; echo err >&2'], { stdio: ['ignore', 'pipe', 'ignore'] });
console.log(c.stdin === null, c.stdout !== null, c.stderr === null);
let out = '';
c.stdout.on('data', (d) => { out += d; });
c.on('close', (code) => console.log(JSON.stringify(out), code));
