// refresh() restarts a timer's countdown from now and returns the Timeout. A 30 ms timer is
// refreshed by a 20 ms timer, which first starts a 15 ms timer: unrefreshed, the 30 ms timer
// would be due about 10 ms later and fire first; refreshed, it is due 30 ms later and fires last.
// Both outcomes hold whatever the machine load (the 15 ms timer starts no later than the refresh).
const t = setTimeout(() => console.log("refreshed 30 ms timer"), 30);
setTimeout(() => {
  setTimeout(() => console.log("15 ms timer"), 15);
  console.log("refresh returns this:", t.refresh() === t);
}, 20);
