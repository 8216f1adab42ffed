// timers/promises setTimeout with an AbortSignal: aborting rejects with an AbortError.
const tp = require("timers/promises");

const ac = new AbortController();
tp.setTimeout(1000, "x", { signal: ac.signal }).then(
  () => console.log("never"),
  (err) => console.log(err.name, err.code)
);
ac.abort();
