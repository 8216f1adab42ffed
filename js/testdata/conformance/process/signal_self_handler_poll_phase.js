// process.kill(process.pid, sig) with a handler: it runs later, in the poll phase (before immediates), with (name, number).
process.on('SIGUSR2', (name, number) => console.log('handler', name, number));
process.kill(process.pid, 'SIGUSR2');
console.log('after kill');
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
