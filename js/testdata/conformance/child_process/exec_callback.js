// exec runs a shell command and calls back with (null, stdout, stderr) as strings.
const { exec } = require('child_process');
const c = exec('echo hello; echo warn >&2', (err, stdout, stderr) => {
  console.log(err, JSON.stringify(stdout), JSON.stringify(stderr));
});
console.log(c.constructor.name, typeof c.pid);
c.on('exit', (code) => console.log('exit before callback', code));
