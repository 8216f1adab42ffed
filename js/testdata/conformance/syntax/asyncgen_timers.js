// An async generator that waits on timers between yields; a timer the consumer starts meanwhile fires while the generator waits.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function* ticker() {
  for (const ms of [10, 40, 10]) {
    await sleep(ms);
    yield ms;
  }
}
(async () => {
  let first = true;
  for await (const ms of ticker()) {
    console.log('yielded after', ms);
    if (first) setTimeout(() => console.log('consumer timer (5 ms)'), 5);
    first = false;
  }
  console.log('ticker done');
})();
