// options.env is the child's whole environment.
const { spawn } = require('child_process');
const c = spawn('/bin/sh', ['-c', 'echo "$GREETING/${HOME:-no home}"'], { env: { GREETING: 'hi' } });
let out = '';
c.stdout.on('data', (d) => { out += d; });
c.on('close', () => console.log(JSON.stringify(out)));
