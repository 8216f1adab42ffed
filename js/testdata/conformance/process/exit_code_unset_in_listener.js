// A run that ends by itself with no exit code set leaves process.exitCode undefined inside 'exit' listeners (the listener's argument is 0).
process.on('exit', (code) => console.log('exit listener:', code, process.exitCode));
process.on('exit', () => console.log('typeof process.exitCode:', typeof process.exitCode));
setTimeout(() => console.log('timer ran'), 1);
