// process.exit inside a nextTick stops everything queued after it, ticks and promises included.
process.nextTick(() => {
  console.log("tick 1 exits");
  process.exit(2);
});
process.nextTick(() => console.log("tick 2 never"));
Promise.resolve().then(() => console.log("promise never"));
console.log("sync");
