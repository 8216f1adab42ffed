// An immediate queued during the check phase runs in the next iteration: the check phase detaches
// its list before running it, so i2 (already queued) runs before i1's child.
setImmediate(() => {
  console.log("i1");
  setImmediate(() => console.log("i1 child"));
});
setImmediate(() => {
  console.log("i2");
});
