// Top-level await: the module waits; ticks queued before the await still run in order.
console.log('before');
process.nextTick(() => console.log('tick'));
await null;
console.log('after one await');
await new Promise((resolve) => setTimeout(resolve, 5));
console.log('after a timer');
