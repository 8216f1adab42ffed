// options.cwd is the child's working directory.
const { spawn } = require('child_process');
const c = spawn('pwd', { cwd: '/' });
let out = '';
c.stdout.on('data', (d) => { out += d; });
c.on('close', (code) => console.log(JSON.stringify(out), code));
