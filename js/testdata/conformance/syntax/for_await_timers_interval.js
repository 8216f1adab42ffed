// for await over timers/promises setInterval, leaving the loop with break after three ticks.
const { setInterval } = require('timers/promises');
async function main() {
  let n = 0;
  for await (const v of setInterval(5, 'tick')) {
    n++;
    console.log(v, n);
    if (n === 3) break;
  }
  console.log('left the loop');
}
main().then(() => console.log('done'));
