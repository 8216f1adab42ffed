// encoding 'buffer' gives Buffers; another encoding decodes.
const { exec, execFile } = require('child_process');
exec('printf abc', { encoding: 'buffer' }, (err, stdout, stderr) => {
  console.log(err, Buffer.isBuffer(stdout), stdout, stderr.length);
  execFile('printf', ['abc'], { encoding: 'hex' }, (err, stdout) => console.log(err, stdout));
});
