// helper of sim_als_stdin: which AsyncLocalStorage store process.stdin's data and end, and readline's line and close, run in
const { AsyncLocalStorage } = require('async_hooks');
const readline = require('readline');
const als = new AsyncLocalStorage();
const seen = new Set();
als.run('first touch', () => process.stdin.setEncoding('utf8'));
als.run('data listener', () => process.stdin.on('data', () => seen.add('data: ' + als.getStore())));
als.run('end listener', () => process.stdin.on('end', () => seen.add('end: ' + als.getStore())));
const rl = als.run('readline', () => readline.createInterface({ input: process.stdin }));
als.run('line listener', () => rl.on('line', (l) => seen.add('line: ' + als.getStore())));
rl.on('close', () => {
  seen.add('close: ' + als.getStore());
  process.stdout.write([...seen].sort().join('\n') + '\n');
});
