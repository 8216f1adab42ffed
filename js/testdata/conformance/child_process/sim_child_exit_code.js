// a forked child that calls process.exit(7): exit then close, both with 7; the IPC channel closes with it
const { fork } = require('child_process');
const child = fork('sim/exit7.js');
child.on('exit', (code, signal) => console.log('exit', code, signal, 'connected', child.connected));
child.on('close', (code, signal) => console.log('close', code, signal));
