// setMaxListeners/getMaxListeners: the default is 10; exceeding it only warns on stderr.
const EventEmitter = require("events");
const e = new EventEmitter();
console.log(e.getMaxListeners(), EventEmitter.defaultMaxListeners);
e.setMaxListeners(2);
console.log(e.getMaxListeners());
for (let i = 0; i < 3; i++) e.on("x", () => {});
console.log(e.listenerCount("x"));
process.on("warning", (w) => console.log("warning", w.name));
