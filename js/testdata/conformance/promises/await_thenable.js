// await of a thenable object calls its then method in a job of its own, costing an extra job
// compared with await of a native promise.
const thenable = {
  then(resolve) {
    console.log("thenable.then called");
    resolve("thenable value");
  },
};
(async () => {
  console.log(await thenable);
})();
(async () => {
  console.log(await Promise.resolve("promise value"));
})();
Promise.resolve().then(() => console.log("tick 1")).then(() => console.log("tick 2"));
