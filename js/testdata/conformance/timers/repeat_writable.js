// A Timeout's _repeat is writable: set before or inside the callback it turns a timeout into an interval; null turns it back.
let n = 0;
const t = setTimeout(() => {
  n++;
  console.log('a', n, t._repeat);
  if (n === 3) {
    t._repeat = null;
    setTimeout(second, 1);
  }
}, 1);
console.log(t._repeat);
t._repeat = 2;
console.log(t._repeat);
function second() {
  let m = 0;
  const u = setTimeout(() => {
    m++;
    console.log('b', m, u._repeat);
    if (m === 1) u._repeat = 1;
    if (m === 3) clearTimeout(u);
  }, 1);
}
