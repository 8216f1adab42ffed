// After a throw in 'beforeExit', the 'exit' listener runs with 1 and its process.exitCode = 0 is honoured.
process.on('beforeExit', () => {
  console.log('beforeExit');
  throw new Error('boom in beforeExit');
});
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 0;
});
