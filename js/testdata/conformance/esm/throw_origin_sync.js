// A synchronous throw in the main ES module's body is reported with origin 'unhandledRejection' to the monitor; no handler: exit 1 after the 'exit' event.
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor:', e.message, origin));
process.on('exit', (code) => console.log('exit', code));
throw new Error('thrown at once');
