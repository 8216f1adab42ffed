// A regular-function listener is called with `this` bound to the emitter; an arrow keeps its own.
const EventEmitter = require("events");
const e = new EventEmitter();
e.on("x", function () {
  console.log("function this is emitter", this === e);
});
e.on("x", () => console.log("arrow this is module.exports", this === module.exports));
e.emit("x");
