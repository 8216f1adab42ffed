// An unhandled rejection's 'uncaughtException' listener that throws: exit 7, the listener is not called again, no 'exit' event.
process.on('uncaughtException', (e, o) => { console.log('handler', o); throw new Error('handler threw'); });
process.on('exit', (c) => console.log('exit', c));
Promise.reject(new Error('x'));
