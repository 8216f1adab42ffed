// Resolving a promise with a thenable calls then() in a later job; a throwing thenable rejects.
const p = new Promise((resolve) => {
  resolve({
    then(res) {
      console.log("then called");
      res("from thenable");
    },
  });
  console.log("executor done");
});
p.then((v) => console.log(v));
new Promise((resolve) =>
  resolve({
    then() {
      throw new Error("bad thenable");
    },
  })
).catch((e) => console.log("rejected:", e.message));
console.log("sync end");
