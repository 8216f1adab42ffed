// spawn's arguments: a non-string is passed as its string form; a string with a NUL byte throws ERR_INVALID_ARG_VALUE; a Symbol throws converting.
const { spawnSync, spawn, execFileSync } = require('child_process');
const show = (label, f) => { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name, e.code, e.message); } };
show('numbers', () => spawnSync('echo', [1, 2.5, true]).stdout.toString());
show('object', () => spawnSync('echo', [{}]).stdout.toString());
show('null, undefined', () => spawnSync('echo', [null, undefined]).stdout.toString());
show('symbol', () => spawnSync('echo', [Symbol('x')]).stdout.toString());
show('NUL', () => spawnSync('echo', ['ok', 'a\0b']).stdout.toString());
show('execFileSync', () => execFileSync('echo', [7]).toString());
const c = spawn('echo', [3, 'x']);
c.stdout.on('data', (d) => console.log('spawn', JSON.stringify(String(d))));
c.on('close', (code) => console.log('close', code));
