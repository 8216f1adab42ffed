// A top-level await makes a file with no package.json "type" an ES module (node 20's module syntax detection).
const v = await Promise.resolve(42);
console.log('awaited', v);
