// spawn(process.execPath, [a missing script]): the child starts, fails with MODULE_NOT_FOUND and exits 1
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['sim/no-such-file.js'], { stdio: ['ignore', 'pipe', 'pipe'] });
let err = '';
child.stderr.setEncoding('utf8');
child.stderr.on('data', (d) => { err += d; });
child.on('close', (code) => {
  console.log('close', code);
  console.log('mentions MODULE_NOT_FOUND', err.includes("code: 'MODULE_NOT_FOUND'"));
});
