// Promise.any takes the first fulfilment; if all reject it rejects with an AggregateError.
Promise.any([Promise.reject(new Error("a")), Promise.resolve("b"), Promise.resolve("c")]).then((v) =>
  console.log("any", v)
);
Promise.any([Promise.reject(new Error("x")), Promise.reject(new Error("y"))]).catch((e) => {
  console.log(e.constructor.name, e.errors.length, e.errors.map((x) => x.message).join(","));
});
