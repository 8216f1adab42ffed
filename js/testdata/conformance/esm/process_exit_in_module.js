// process.exit in an ES module's body (evaluated in a promise job) ends the run with its code: the exit listener runs, nothing after it does.
process.on('exit', (code) => console.log('exit', code));
Promise.resolve().then(() => console.log('never: a queued job'));
console.log('before');
process.exit(4);
console.log('never');
