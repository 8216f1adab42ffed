// A numeric string delay is coerced like a number: '30' waits 30 ms, so a 1 ms timer created
// after it fires first.
const start = Date.now();
setTimeout(() => {
  console.log("'30'", Date.now() - start >= 29);
}, "30");
setTimeout(() => console.log("1"), 1);
