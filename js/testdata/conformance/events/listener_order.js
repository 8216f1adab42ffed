// Listeners run synchronously in registration order; prependListener puts one in front.
const EventEmitter = require("events");
const e = new EventEmitter();
e.on("go", () => console.log("first"));
e.on("go", () => console.log("second"));
e.prependListener("go", () => console.log("prepended"));
e.prependOnceListener("go", () => console.log("prepended once"));
console.log("before emit");
e.emit("go");
console.log("after emit");
e.emit("go");
