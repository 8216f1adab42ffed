// After the last listener is removed the signal is not delivered to it; a remaining one for another signal still is.
const h = () => console.log('SIGUSR1 handler');
process.on('SIGUSR1', h);
process.on('SIGUSR2', () => console.log('SIGUSR2 handler'));
process.removeListener('SIGUSR1', h);
console.log(process.listenerCount('SIGUSR1'), process.listenerCount('SIGUSR2'));
process.kill(process.pid, 'SIGUSR2');
setTimeout(() => console.log('done'), 10);
