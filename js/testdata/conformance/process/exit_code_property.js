// process.exitCode = 4 sets the code used when the loop ends naturally; queued work still runs.
process.exitCode = 4;
setTimeout(() => console.log("timer runs", process.exitCode), 1);
