// With only a monitor, a throw still kills the process (exit 1, 'exit' runs); the monitor saw it first.
process.on('uncaughtExceptionMonitor', (e, o) => console.log('monitor', e.message, o));
process.on('exit', (c) => console.log('exit', c));
throw new Error('top');
