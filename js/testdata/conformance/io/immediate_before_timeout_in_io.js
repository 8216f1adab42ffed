// Inside an I/O callback setImmediate always runs before setTimeout(0): check follows poll, timers
// come at the end of the iteration. Three rounds to show it is not luck.
const fs = require("fs");

let round = 0;
function go() {
  fs.stat(__filename, () => {
    round++;
    setTimeout(() => {
      console.log(round, "timeout");
      if (round < 3) go();
    }, 0);
    setImmediate(() => console.log(round, "immediate"));
  });
}
go();
