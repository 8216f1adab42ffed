// child.stderr with setEncoding gives strings; stdout and stderr are separate streams.
const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'echo to-out; echo to-err 1>&2']);
let out = '', err = '';
c.stdout.setEncoding('utf8');
c.stderr.setEncoding('utf8');
c.stdout.on('data', (d) => { out += d; });
c.stderr.on('data', (d) => { err += d; console.log(typeof d); });
c.on('close', () => console.log(JSON.stringify(out), JSON.stringify(err)));
