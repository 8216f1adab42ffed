// Recursive process.nextTick starves the loop: a due 0 ms timer waits until all 10000 chained
// ticks have run.
let ticks = 0;
setTimeout(() => console.log("timer after", ticks, "ticks"), 0);
function tick() {
  ticks++;
  if (ticks < 10000) process.nextTick(tick);
}
process.nextTick(tick);
