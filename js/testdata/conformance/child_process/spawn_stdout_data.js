// child.stdout is a readable stream: its chunks, joined when the child closes, are the child's output.
const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'echo one; echo two; printf three']);
const chunks = [];
c.stdout.on('data', (d) => chunks.push(d));
c.stdout.on('end', () => console.log('stdout end'));
c.on('close', (code) => {
  const all = Buffer.concat(chunks);
  console.log(Buffer.isBuffer(chunks[0]), JSON.stringify(all.toString()), code);
});
