// AsyncLocalStorage and child processes: a spawned child's stdout data, 'exit' and 'close' run in the store spawn was called in; two children in two stores keep theirs.
const { AsyncLocalStorage } = require('async_hooks');
const { spawn } = require('child_process');
const als = new AsyncLocalStorage();
const log = [];
for (const name of ['A', 'B']) {
  als.run(name, () => {
    const c = spawn('echo', [name]);
    c.stdout.on('data', () => log.push(name + ' data: ' + als.getStore()));
    c.on('exit', () => log.push(name + ' exit: ' + als.getStore()));
    c.on('close', () => log.push(name + ' close: ' + als.getStore()));
  });
}
process.on('exit', () => console.log(log.sort().join('\n')));
