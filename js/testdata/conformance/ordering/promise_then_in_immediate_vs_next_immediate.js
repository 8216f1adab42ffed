// A promise chain started in one immediate completes (all links) before the next immediate runs.
setImmediate(() => {
  console.log("i1");
  Promise.resolve()
    .then(() => console.log("i1 p1"))
    .then(() => console.log("i1 p2"))
    .then(() => console.log("i1 p3"));
});
setImmediate(() => console.log("i2"));
