// catch recovers the chain; a rethrow skips then handlers until the next catch; then(null, h) is
// the same as catch(h).
Promise.reject(new Error("e1"))
  .then(() => console.log("skipped"))
  .catch((e) => {
    console.log("catch 1", e.message);
    return "recovered";
  })
  .then((v) => {
    console.log("then", v);
    throw new Error("e2");
  })
  .then(() => console.log("skipped too"))
  .then(null, (e) => console.log("catch 2", e.message));
