// spawnSync returns {status, signal, output, pid, stdout, stderr}; the loop waits meanwhile.
const { spawnSync } = require('child_process');
setTimeout(() => console.log('timer after'), 0);
const r = spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 5']);
console.log(Object.keys(r), r.status, r.signal, r.pid > 0);
console.log(r.stdout.toString(), r.stderr.toString(), r.output.length, r.output[0]);
const s = spawnSync('sh', ['-c', 'kill -9 $$']);
console.log(s.status, s.signal);
const u = spawnSync('printf', ['héllo'], { encoding: 'utf8' });
console.log(typeof u.stdout, u.stdout);
