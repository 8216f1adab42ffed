// A throw inside an 'uncaughtException' handler is fatal: exit code 7 (node's code for a failing
// exception handler).
process.on("uncaughtException", (err) => {
  console.log("handler sees", err.message);
  throw new Error("handler fails");
});
setTimeout(() => {
  throw new Error("first");
}, 1);
