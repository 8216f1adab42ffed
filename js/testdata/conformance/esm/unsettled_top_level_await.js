// A top-level await that never settles: node warns and exits with code 13.
console.log('waiting');
await new Promise(() => {});
console.log('never');
