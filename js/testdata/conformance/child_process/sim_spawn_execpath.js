// spawn(process.execPath, [script]): stdout and stderr piped back, exit code 3, close after exit
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['sim/echo.js', 'a', 'b']);
let out = '', err = '';
child.stdout.setEncoding('utf8');
child.stderr.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.on('spawn', () => console.log('spawn'));
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code, signal) => {
  console.log('close', code, signal);
  console.log('stdout', JSON.stringify(out));
  console.log('stderr', JSON.stringify(err));
});
