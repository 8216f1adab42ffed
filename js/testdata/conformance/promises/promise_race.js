// Promise.race settles with the first input to settle; already-resolved inputs win in array order.
Promise.race([new Promise((r) => setTimeout(() => r("timer"), 5)), Promise.resolve("resolved")]).then((v) =>
  console.log("race 1", v)
);
Promise.race([Promise.reject(new Error("first")), Promise.resolve("second")]).catch((e) =>
  console.log("race 2 rejected", e.message)
);
Promise.race([]);
console.log("sync");
