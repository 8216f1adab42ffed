// A throw inside an 'exit' listener reaches 'uncaughtExceptionMonitor' too; the exit code becomes 1.
process.on('uncaughtExceptionMonitor', (e, o) => console.log('monitor', e.message, o));
process.on('exit', (c) => { console.log('exit', c); throw new Error('in exit'); });
console.log('start');
