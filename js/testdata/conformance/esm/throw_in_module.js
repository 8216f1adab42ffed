// An uncaught throw in an ES module: stdout before it is kept, exit code 1.
console.log('before');
throw new Error('boom');
