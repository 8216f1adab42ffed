// kill() sends SIGTERM: 'exit' gets a null code and the signal name; killed is true.
const { spawn } = require('child_process');
const c = spawn('sleep', ['10']);
console.log('kill returned', c.kill(), c.killed);
c.on('exit', (code, signal) => console.log('exit', code, signal, c.exitCode, c.signalCode));
c.on('close', (code, signal) => console.log('close', code, signal));
