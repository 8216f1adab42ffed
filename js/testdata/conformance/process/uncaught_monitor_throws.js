// A throwing 'uncaughtExceptionMonitor' listener: exit code 7, no 'exit' event.
process.on('uncaughtExceptionMonitor', (e, o) => { console.log('monitor', o); throw new Error('monitor threw'); });
process.on('exit', (c) => console.log('exit', c));
throw new Error('x');
