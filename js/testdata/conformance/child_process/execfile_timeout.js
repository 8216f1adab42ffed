// timeout kills the child with killSignal; the error says killed, the signal and a null code (the second child starts after the first one's callback: two kills at once end in an order the kernel picks).
const { execFile } = require('child_process');
execFile('sleep', ['10'], { timeout: 30 }, (err, stdout, stderr) => {
  console.log(err.killed, err.signal, err.code, JSON.stringify(err.message), err.cmd);
  execFile('sleep', ['10'], { timeout: 30, killSignal: 'SIGKILL' }, (err) => {
    console.log(err.killed, err.signal, err.code);
  });
});
