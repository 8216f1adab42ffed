// 'newListener' fires before a listener is added (so it is not yet counted); 'removeListener' after.
const EventEmitter = require("events");
const e = new EventEmitter();
e.on("newListener", (name) => console.log("newListener", name, e.listenerCount(name)));
e.on("removeListener", (name) => console.log("removeListener", name, e.listenerCount(name)));
const f = () => {};
e.on("data", f);
e.off("data", f);
