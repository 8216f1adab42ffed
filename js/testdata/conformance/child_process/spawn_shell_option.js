// shell: true runs the command line through /bin/sh -c.
const { spawn } = require('child_process');
const c = spawn('echo $((6 * 7)) "$0"', { shell: true });
let out = '';
c.stdout.on('data', (d) => { out += d; });
c.on('close', (code) => console.log(JSON.stringify(out), code, JSON.stringify(c.spawnargs), c.spawnfile));
