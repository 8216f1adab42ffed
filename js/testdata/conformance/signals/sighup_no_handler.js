// golden: send SIGHUP after "ready"
// SIGHUP without a handler (the terminal went away): death by the signal, 129.
process.on('exit', (c) => console.log('exit event', c));
setInterval(() => {}, 60000);
console.log('ready');
