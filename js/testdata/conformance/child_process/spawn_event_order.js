// spawn(): 'spawn' in a tick after the call, then 'exit', then 'close' once the pipes closed.
const { spawn } = require('child_process');
const c = spawn('true');
c.on('spawn', () => console.log('spawn', typeof c.pid, c.exitCode));
c.on('exit', (code, signal) => console.log('exit', code, signal, c.exitCode, c.signalCode));
c.on('close', (code, signal) => console.log('close', code, signal));
process.nextTick(() => console.log('tick after spawn() call'));
console.log('sync end');
