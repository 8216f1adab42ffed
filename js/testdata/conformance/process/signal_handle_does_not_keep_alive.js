// A signal listener keeps nothing alive: with no other work the program ends before the signal sent to itself is handled.
process.on('SIGTERM', () => console.log('never'));
console.log(process.kill(process.pid, 'SIGTERM'));
process.on('exit', (code) => console.log('exit', code));
