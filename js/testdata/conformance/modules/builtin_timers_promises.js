// require('timers/promises'): awaiting setTimeout and setImmediate in sequence.
const { setTimeout: sleep, setImmediate: nextCheck } = require("timers/promises");

(async () => {
  console.log("start");
  console.log(await nextCheck("after check"));
  console.log(await sleep(2, "after sleep"));
})();
