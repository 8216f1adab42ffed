// on/once/off/prependListener return the emitter, so calls chain.
const EventEmitter = require("events");
const e = new EventEmitter();
const f = () => {};
console.log(e.on("a", f) === e, e.once("a", f) === e, e.off("a", f) === e, e.prependListener("a", f) === e);
console.log(e.addListener === e.on, e.removeListener === e.off);
