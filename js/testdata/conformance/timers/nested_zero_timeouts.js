// A chain of nested setTimeout(0): each link waits for a later timers pass; ticks interleave.
let n = 0;
function next() {
  n++;
  console.log("link", n);
  process.nextTick(() => console.log("tick", n));
  if (n < 5) setTimeout(next, 0);
}
setTimeout(next, 0);
