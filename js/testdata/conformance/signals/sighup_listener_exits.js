// golden: send SIGHUP after "ready"
// process.exit inside a signal listener: the 'exit' event runs with that
// code, later callbacks do not.
setInterval(() => console.log('interval'), 60000);
process.on('SIGHUP', (s, n) => {
  console.log('listener', s, n);
  setImmediate(() => console.log('never'));
  process.exit(5);
});
process.on('exit', (c) => console.log('exit event', c));
console.log('ready');
