// golden: send SIGINT after "ready"
// Ctrl-C without a handler: the process dies by SIGINT (a shell shows 130);
// no 'exit' event, no 'beforeExit', the interval never fires again.
process.on('exit', (c) => console.log('exit event', c));
process.on('beforeExit', () => console.log('beforeExit'));
setInterval(() => console.log('interval'), 60000);
console.log('ready');
