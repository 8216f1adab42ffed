// refresh() restarts a timer's countdown from now and returns the Timeout: a 30 ms timer
// refreshed at 20 ms fires after a 40 ms timer created at the start.
const t = setTimeout(() => console.log("refreshed 30 ms timer"), 30);
setTimeout(() => {
  console.log("refresh returns this:", t.refresh() === t);
}, 20);
setTimeout(() => console.log("40 ms timer"), 40);
