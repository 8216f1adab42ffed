// execSync returns stdout as a Buffer, or a string with an encoding; execFileSync the same.
const { execSync, execFileSync } = require('child_process');
const b = execSync('echo sync');
console.log(Buffer.isBuffer(b), JSON.stringify(b.toString()));
console.log(JSON.stringify(execSync('printf x', { encoding: 'utf8' })));
console.log(JSON.stringify(execFileSync('echo', ['a', 'b'], { encoding: 'utf8' })));
console.log(JSON.stringify(execSync('cat', { input: 'fed through stdin', encoding: 'utf8' })));
