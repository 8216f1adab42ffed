// golden: send SIGTERM after "ready"
// SIGTERM without a handler: death by the signal, 143.
process.on('exit', (c) => console.log('exit event', c));
setInterval(() => {}, 60000);
console.log('ready');
