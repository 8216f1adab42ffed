// An exception thrown by an event listener propagates out of emit; uncaught it exits with code 1
// and later listeners do not run.
const EventEmitter = require("events");
const e = new EventEmitter();
e.on("x", () => {
  console.log("listener 1 throws");
  throw new Error("listener");
});
e.on("x", () => console.log("listener 2 never"));
e.emit("x");
