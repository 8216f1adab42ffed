// A throw inside a process 'exit' listener is fatal: the error is printed and the exit code is 1 (not 7).
process.on('exit', (code) => {
  console.log('exit listener', code);
  throw new Error('boom in exit');
});
process.on('exit', () => console.log('second listener never runs'));
console.log('main');
