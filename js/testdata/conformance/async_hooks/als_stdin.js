// AsyncLocalStorage and process.stdin: the stream's 'end' (empty standard input, as the runner gives) and readline's 'close' run in the store current when process.stdin was first touched.
const { AsyncLocalStorage } = require('async_hooks');
const readline = require('readline');
const als = new AsyncLocalStorage();
als.run('first touch', () => {
  process.stdin.on('data', (d) => console.log('data', als.getStore()));
});
als.run('listen end', () => {
  process.stdin.on('end', () => console.log('end', als.getStore()));
});
als.run('readline', () => {
  const rl = readline.createInterface({ input: process.stdin });
  rl.on('close', () => console.log('readline close', als.getStore()));
});
