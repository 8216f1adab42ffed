// `this` inside a setTimeout/setInterval callback is the Timeout, inside setImmediate the Immediate.
// The timers are created from the immediate so that no 1 ms timer races the first check phase.
const i = setImmediate(function () {
  console.log("immediate this", this === i, this.constructor.name);
  const t = setTimeout(function () {
    console.log("timeout this", this === t, this.constructor.name);
  }, 1);
  const iv = setInterval(function () {
    console.log("interval this", this === iv);
    clearInterval(this);
  }, 1);
});
