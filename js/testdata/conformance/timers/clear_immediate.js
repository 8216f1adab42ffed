// clearImmediate cancels a queued immediate, also from an earlier immediate of the same batch.
const a = setImmediate(() => console.log("a never"));
clearImmediate(a);
let c;
setImmediate(() => {
  console.log("b clears c");
  clearImmediate(c);
});
c = setImmediate(() => console.log("c never"));
setImmediate(() => console.log("d"));
