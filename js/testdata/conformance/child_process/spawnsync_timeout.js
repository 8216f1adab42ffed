// spawnSync with a timeout kills the child: error ETIMEDOUT, the signal SIGTERM, status null.
const { spawnSync } = require('child_process');
const r = spawnSync('sleep', ['10'], { timeout: 30 });
console.log(r.status, r.signal, r.error.code, r.error.message, r.error.syscall);
