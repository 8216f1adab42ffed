// golden: send SIGINT after "ready"
// A SIGINT listener runs as a loop callback: with (name, number), its
// nextTicks and promise jobs right after it, an immediate it sets in the
// next check phase; the program then ends normally with its exitCode.
const iv = setInterval(() => console.log('interval'), 60000);
process.on('SIGINT', (name, num) => {
  console.log('listener', name, num, typeof num);
  process.nextTick(() => console.log('tick after listener'));
  Promise.resolve().then(() => console.log('microtask after listener'));
  setImmediate(() => {
    console.log('immediate after listener');
    clearInterval(iv);
  });
  setTimeout(() => console.log('timeout 0 after listener'), 0);
  process.exitCode = 3;
});
process.on('exit', (c) => console.log('exit event', c));
console.log('ready');
