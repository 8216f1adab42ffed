// Article 001 "The Call Stack": nested synchronous calls print in call-stack (LIFO) order.
function first() {
  console.log("first");
  second();
  console.log("first done");
}
function second() {
  console.log("second");
}
first();
