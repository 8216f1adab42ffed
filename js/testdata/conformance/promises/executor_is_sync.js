// The Promise executor runs synchronously; resolve does not run handlers synchronously.
console.log("before");
const p = new Promise((resolve) => {
  console.log("executor");
  resolve("x");
  console.log("after resolve");
});
p.then((v) => console.log("handler", v));
console.log("after");
