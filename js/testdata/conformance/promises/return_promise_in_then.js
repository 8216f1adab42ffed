// Returning a promise from a then handler costs two extra jobs (NewPromiseResolveThenableJob, then
// the then itself), so the other chain advances three steps before 4 is printed: 0 1 2 3 4 5 6.
Promise.resolve()
  .then(() => {
    console.log(0);
    return Promise.resolve(4);
  })
  .then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log(1))
  .then(() => console.log(2))
  .then(() => console.log(3))
  .then(() => console.log(5))
  .then(() => console.log(6));
