// Node quirk: refresh() moves a timer's start time but its duration list keeps its place in the
// timer priority queue (ordered by list expiry) until that list is next visited. Here a 100 ms
// timer is refreshed at 20 ms, right after a 90 ms timer is started, and a 110 ms busy-wait makes
// both due in the same timers pass: node visits the 100 ms list first (stale expiry 100 < 110), so
// the refreshed timer fires before the 90 ms one, though its own deadline is 10 ms later.
const t = setTimeout(() => console.log("refreshed 100 ms timer"), 100);
setTimeout(() => {
  setTimeout(() => console.log("90 ms timer"), 90);
  t.refresh();
  const end = Date.now() + 110;
  while (Date.now() < end) {}
}, 20);
