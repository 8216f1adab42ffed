// process.exit(undefined) replaces a set exitCode (node exits 0); exit() with no argument keeps it
process.exitCode = 5;
process.on('exit', (c) => console.log('exit event', c, process.exitCode));
console.log('before', process.exitCode);
process.exit(undefined);
