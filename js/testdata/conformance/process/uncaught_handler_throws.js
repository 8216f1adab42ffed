// An 'uncaughtException' listener that throws ends the process with exit code 7 and no 'exit' event.
process.on('uncaughtException', (e, o) => { console.log('handler', o); throw new Error('handler threw'); });
process.on('exit', (c) => console.log('exit', c));
throw new Error('x');
