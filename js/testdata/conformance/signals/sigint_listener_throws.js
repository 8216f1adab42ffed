// golden: send SIGINT after "ready"
// A throw inside a signal listener is an uncaught exception: exit 1, the
// 'exit' event with 1.
setInterval(() => {}, 60000);
process.on('SIGINT', () => {
  console.log('listener');
  throw new Error('from the listener');
});
process.on('exit', (c) => console.log('exit event', c));
console.log('ready');
