// A failing exec: node's error (message with stderr, code, killed, signal, cmd), and the outputs.
const { exec } = require('child_process');
exec('echo partial; echo broken >&2; exit 3', (err, stdout, stderr) => {
  console.log(Object.keys(err));
  console.log(JSON.stringify(err.message));
  console.log(err.code, err.killed, err.signal, err.cmd);
  console.log(JSON.stringify(stdout), JSON.stringify(stderr));
});
