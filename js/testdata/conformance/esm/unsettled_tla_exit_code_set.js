// A top-level await still pending when the loop empties, after the program set process.exitCode: that code stays (node only sets 13 when none is set).
process.exitCode = 4;
process.on('exit', (code) => console.log('exit listener:', code, process.exitCode));
await new Promise(() => {});
