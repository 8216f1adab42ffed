// The job-count pattern 0 3 4 5 1 6 7: an inner `return Promise.resolve()` delays the outer chain
// by two jobs relative to a chain started right after it.
Promise.resolve()
  .then(() => {
    console.log(0);
    return Promise.resolve();
  })
  .then(() => console.log(1))
  .then(() => console.log(7));
Promise.resolve()
  .then(() => console.log(3))
  .then(() => console.log(4))
  .then(() => console.log(5))
  .then(() => console.log(6));
