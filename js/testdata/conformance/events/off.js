// off removes one registration (the most recent) of a listener; removing an unknown one is a no-op.
const EventEmitter = require("events");
const e = new EventEmitter();
const f = () => console.log("f");
e.on("a", f);
e.on("a", f);
e.off("a", f);
e.emit("a");
e.off("a", () => {});
e.off("a", f);
console.log(e.emit("a"));
