// spawning a command that does not exist: an 'error' event with ENOENT, then close with -2, never an exit
const { spawn } = require('child_process');
const child = spawn('evloop-no-such-command', ['x']);
child.on('error', (e) => console.log('error', e.code, e.errno, e.syscall, e.path, JSON.stringify(e.spawnargs)));
child.on('exit', () => console.log('exit (never)'));
child.on('close', (code) => console.log('close', code));
