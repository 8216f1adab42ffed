// An async generator that waits on timers between yields, consumed while another timer fires in between.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function* ticker() {
  for (const ms of [10, 30, 10]) {
    await sleep(ms);
    yield ms;
  }
}
setTimeout(() => console.log('timer at 25'), 25);
(async () => {
  for await (const ms of ticker()) console.log('yielded after', ms);
  console.log('ticker done');
})();
