// A top-level await still pending when the loop empties: 'exit' listeners get 0 and read process.exitCode 13 (node's own listener sets it first); one that sets it wins.
process.on('exit', (code) => {
  console.log('exit listener:', code, process.exitCode);
  process.exitCode = 5;
});
setTimeout(() => console.log('last timer'), 1);
await new Promise(() => {});
