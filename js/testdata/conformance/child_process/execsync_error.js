// A failing execSync throws node's error: status, signal, output, stdout, stderr, the message.
const { execSync } = require('child_process');
try {
  execSync('echo before; echo bad >&2; exit 2', { stdio: 'pipe' });
} catch (e) {
  console.log(Object.keys(e));
  console.log(JSON.stringify(e.message), e.status, e.signal, e.pid > 0);
  console.log(e.stdout.toString(), e.stderr.toString(), e.output[0]);
}
