// A chain of immediates, each queuing the next: one link per iteration, each followed by its tick.
let n = 0;
function link() {
  n++;
  console.log("immediate", n);
  process.nextTick(() => console.log("tick", n));
  if (n < 4) setImmediate(link);
}
setImmediate(link);
