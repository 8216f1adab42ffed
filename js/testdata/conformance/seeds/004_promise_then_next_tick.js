// Article 004 microtask snippet with the two calls swapped: scheduling order does not matter,
// nextTick still runs first after the main script.
Promise.resolve().then(() => {
  console.log("I am registered into Promise Queue");
});

process.nextTick(() => {
  console.log("I am registered into nextTick Queue");
});
