// A queueMicrotask call inside a then handler is queued behind jobs already in the queue.
Promise.resolve().then(() => {
  console.log("then A");
  queueMicrotask(() => console.log("microtask from A"));
});
Promise.resolve().then(() => console.log("then B"));
