// emit returns true if the event had listeners, false otherwise; listeners get all arguments.
const EventEmitter = require("events");
const e = new EventEmitter();
console.log(e.emit("x"));
e.on("x", (a, b, c) => console.log("x got", a, b, c));
console.log(e.emit("x", 1, "two", [3]));
