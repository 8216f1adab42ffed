async function* naturals() {
  let i = 0;
  while (true) yield i++;
}
async function* take(it, n) {
  for await (const v of it) {
    if (n-- <= 0) return;
    yield v;
  }
}
module.exports = { naturals, take };
