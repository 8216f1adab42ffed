// process.exit(5) still emits 'exit' with the code; a listener can read process.exitCode.
process.on("exit", (code) => console.log("exit", code, process.exitCode));
console.log("calling exit");
process.exit(5);
