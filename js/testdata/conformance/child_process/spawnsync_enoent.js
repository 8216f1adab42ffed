// spawnSync of a missing command: r.error is node's ENOENT error and nothing ran.
const { spawnSync, execFileSync } = require('child_process');
const r = spawnSync('no-such-command-evloop', ['a']);
console.log(Object.keys(r), r.status, r.signal, r.pid, r.output, r.stdout);
console.log(r.error.message, r.error.code, r.error.errno, r.error.syscall, r.error.path, r.error.spawnargs);
try {
  execFileSync('no-such-command-evloop');
} catch (e) {
  console.log(e.message, e.code);
}
