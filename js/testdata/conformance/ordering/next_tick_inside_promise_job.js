// nodejs/node#26258: a nextTick queued inside a Promise job waits until the microtask queue is
// empty, including jobs queued by that job. Prints 1 2 3 5 6 4.
process.nextTick(() => {
  console.log(1);
  Promise.resolve().then(() => {
    console.log(3);
    process.nextTick(() => console.log(4));
    Promise.resolve()
      .then(() => console.log(5))
      .then(() => console.log(6));
  });
  process.nextTick(() => console.log(2));
});
