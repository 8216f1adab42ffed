// 'beforeExit' is not emitted when process.exit() is called explicitly.
process.on("beforeExit", () => console.log("beforeExit never"));
process.on("exit", (code) => console.log("exit", code));
setTimeout(() => process.exit(0), 1);
