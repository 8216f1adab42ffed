// A throw inside an 'exit' listener keeps an exit code the program set before (process.exitCode = 5).
process.exitCode = 5;
process.on('exit', (code) => {
  console.log('exit listener', code);
  throw new Error('boom');
});
