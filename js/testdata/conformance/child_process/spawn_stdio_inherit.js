// stdio 'inherit' writes the child's output straight to the parent's stdout, before its exit.
const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'echo from the child'], { stdio: 'inherit' });
const shape = [c.stdout === null, c.stdio.length];
c.on('close', (code) => console.log('close', code, shape));
