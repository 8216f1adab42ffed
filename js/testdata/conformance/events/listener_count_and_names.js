// listenerCount, eventNames, listeners and rawListeners (once wrappers) report registrations.
const EventEmitter = require("events");
const e = new EventEmitter();
const sym = Symbol("s");
function f() {}
e.on("a", f);
e.once("a", f);
e.on(sym, f);
console.log(e.listenerCount("a"), e.listenerCount("b"));
console.log(e.eventNames().map(String).join(" "));
console.log(e.listeners("a").every((l) => l === f));
console.log(e.rawListeners("a")[1] === f, typeof e.rawListeners("a")[1].listener);
