// emit is synchronous: a promise queued by the first listener runs after all listeners return.
const EventEmitter = require("events");
const e = new EventEmitter();
e.on("x", () => {
  console.log("listener 1");
  Promise.resolve().then(() => console.log("promise from listener 1"));
  process.nextTick(() => console.log("tick from listener 1"));
});
e.on("x", () => console.log("listener 2"));
e.emit("x");
console.log("after emit");
