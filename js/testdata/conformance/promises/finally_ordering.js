// finally passes the value through, runs on both outcomes, and costs extra jobs compared with then.
Promise.resolve("v")
  .finally(() => console.log("finally 1"))
  .then((v) => console.log("after finally", v));
Promise.reject(new Error("r"))
  .finally(() => console.log("finally 2"))
  .catch((e) => console.log("caught", e.message));
Promise.resolve()
  .then(() => console.log("chain 1"))
  .then(() => console.log("chain 2"))
  .then(() => console.log("chain 3"))
  .then(() => console.log("chain 4"));
