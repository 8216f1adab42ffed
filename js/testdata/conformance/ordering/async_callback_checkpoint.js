// An async timer callback runs up to its first await; the continuation is a microtask, so it runs
// before the next timer callback.
setTimeout(async () => {
  console.log("t1 start");
  await null;
  console.log("t1 after await");
}, 1);
setTimeout(() => console.log("t2"), 1);
