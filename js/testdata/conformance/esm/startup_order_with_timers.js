// ESM start-up ordering with an immediate and a timer queued too (the timer after a busy-wait, so it wins).
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
const end = Date.now() + 5;
while (Date.now() < end) {}
console.log('sync');
