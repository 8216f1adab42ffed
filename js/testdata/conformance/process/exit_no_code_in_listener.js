// process.exit() with no code leaves process.exitCode undefined inside 'exit' listeners; process.exit(0) sets it to 0.
process.on('exit', (code) => console.log('exit listener:', code, process.exitCode));
setTimeout(() => {
  console.log('exiting');
  process.exit();
}, 1);
