// refresh() restarts a timer's countdown from now and returns the Timeout: a 30 ms timer refreshed
// by a 20 ms timer fires once, at least 30 ms after the refresh. (Competing timers are avoided on
// purpose: after a long stall node may run a refreshed timer's list by its stale expiry, see
// NONDETERMINISTIC.md.)
let refreshedAt;
let fires = 0;
setTimeout(() => {
  refreshedAt = Date.now();
  console.log("refresh returns this:", t.refresh() === t);
}, 20);
const t = setTimeout(() => {
  fires++;
  console.log("fired", fires, "waited since refresh", Date.now() - refreshedAt >= 29);
}, 30);
