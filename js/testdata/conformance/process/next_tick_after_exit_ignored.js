// Inside an 'exit' listener process.nextTick is ignored: node is already exiting.
process.on("exit", () => {
  console.log("exit listener");
  process.nextTick(() => console.log("tick never"));
});
console.log("main");
