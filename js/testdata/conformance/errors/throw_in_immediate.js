// A throw inside a setImmediate callback ends the process with exit code 1; the next immediate of
// the same batch never runs.
setImmediate(() => {
  console.log("immediate 1 throws");
  throw new Error("from immediate");
});
setImmediate(() => console.log("immediate 2 never"));
