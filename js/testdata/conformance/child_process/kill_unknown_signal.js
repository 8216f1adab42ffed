// kill() with an unknown signal name throws ERR_UNKNOWN_SIGNAL (and the child lives on until killed).
const { spawn } = require('child_process');
const c = spawn('sleep', ['10']);
try {
  c.kill('SIGNOPE');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
c.on('exit', (code, signal) => console.log('exit', signal));
c.kill();
