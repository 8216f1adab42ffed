// removeAllListeners(name) clears one event, removeAllListeners() clears all.
const EventEmitter = require("events");
const e = new EventEmitter();
e.on("a", () => {});
e.on("a", () => {});
e.on("b", () => {});
e.removeAllListeners("a");
console.log(e.listenerCount("a"), e.listenerCount("b"));
e.removeAllListeners();
console.log(e.eventNames().length);
