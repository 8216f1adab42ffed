// A throw in the main ES module's body reaches the monitor and 'uncaughtException' with origin 'unhandledRejection' (node gets it through a promise); the loop goes on.
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor:', e.message, origin));
process.on('uncaughtException', (e, origin) => console.log('handler:', e.message, origin));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer still runs'), 0);
await null;
throw new Error('thrown by the main module');
