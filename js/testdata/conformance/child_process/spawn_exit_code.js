// A child's non-zero exit status reaches 'exit' and 'close' as the code, with a null signal.
const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'exit 7']);
c.on('exit', (code, signal) => console.log('exit', code, signal));
c.on('close', (code, signal) => console.log('close', code, signal, c.exitCode));
