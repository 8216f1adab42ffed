// An emit inside a listener runs the nested listeners at once (synchronously, depth first).
const EventEmitter = require("events");
const e = new EventEmitter();
e.on("outer", () => {
  console.log("outer start");
  e.emit("inner");
  console.log("outer end");
});
e.on("inner", () => console.log("inner"));
e.on("outer", () => console.log("outer second listener"));
e.emit("outer");
