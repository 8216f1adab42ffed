// A throw inside a nextTick callback ends the process with exit code 1 before promise jobs run.
process.nextTick(() => {
  console.log("tick throws");
  throw new Error("from tick");
});
Promise.resolve().then(() => console.log("promise never"));
console.log("sync done");
