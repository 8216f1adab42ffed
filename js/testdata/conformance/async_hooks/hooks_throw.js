// A hook that throws ends the program with exit code 1 as node's fatal error in an AsyncHook callback: the 'uncaughtException' listener is not called and nothing after runs.
const ah = require('async_hooks');
const fs = require('fs');
process.on('uncaughtException', (e) => fs.writeSync(1, 'uncaughtException listener: ' + e.message + '\n'));
process.on('exit', (code) => fs.writeSync(1, 'exit ' + code + '\n'));
ah.createHook({ before() { throw new Error('thrown in before'); } }).enable();
fs.writeSync(1, 'main\n');
setImmediate(() => fs.writeSync(1, 'immediate ran\n'));
setTimeout(() => fs.writeSync(1, 'timeout ran\n'), 5);
