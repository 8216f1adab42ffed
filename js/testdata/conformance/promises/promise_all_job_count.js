// Promise.all of already-resolved promises settles after a fixed number of jobs; a plain chain
// started at the same time shows how many.
Promise.all([Promise.resolve(1), Promise.resolve(2)]).then(() => console.log("all done"));
Promise.resolve()
  .then(() => console.log("step 1"))
  .then(() => console.log("step 2"))
  .then(() => console.log("step 3"));
