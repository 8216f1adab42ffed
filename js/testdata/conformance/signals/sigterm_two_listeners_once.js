// golden: send SIGTERM after "ready"
// Every listener runs, in order, once-listeners too; then with no listener
// left and nothing keeping the loop alive the program ends: exit 0.
const iv = setInterval(() => {}, 60000);
process.once('SIGTERM', (s) => console.log('once', s, process.listenerCount('SIGTERM')));
process.on('SIGTERM', function second(s) {
  console.log('second', s);
  process.removeListener('SIGTERM', second);
  clearInterval(iv);
});
process.on('exit', (c) => console.log('exit event', c, process.listenerCount('SIGTERM')));
console.log('ready');
