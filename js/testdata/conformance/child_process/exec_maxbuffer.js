// Output beyond maxBuffer kills the child: ERR_CHILD_PROCESS_STDIO_MAXBUFFER, the output truncated.
const { exec } = require('child_process');
exec('printf 0123456789abcdef', { maxBuffer: 10 }, (err, stdout) => {
  console.log(err.name, err.code, err.message, err.cmd);
  console.log(JSON.stringify(stdout));
});
