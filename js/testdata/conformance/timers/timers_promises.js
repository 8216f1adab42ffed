// timers/promises: setImmediate resolves with its value in the check phase, setTimeout resolves
// with its value after the delay. Chained, because the two started together race in node.
const tp = require("timers/promises");

async function main() {
  console.log(await tp.setImmediate("immediate value"));
  const start = Date.now();
  console.log(await tp.setTimeout(5, "timeout value"));
  console.log(Date.now() - start >= 4);
  console.log(await tp.setTimeout(1));
}
console.log(typeof tp.setTimeout, typeof tp.setImmediate);
main();
