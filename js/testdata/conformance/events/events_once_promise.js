// events.once resolves with the array of arguments of the next emit; it rejects on 'error'.
const EventEmitter = require("events");
const { once } = require("events");
const e = new EventEmitter();
once(e, "ready").then((args) => console.log("ready with", args.join(",")));
setImmediate(() => e.emit("ready", 1, 2));
const f = new EventEmitter();
once(f, "never").catch((err) => console.log("rejected", err.message));
setImmediate(() => f.emit("error", new Error("failed")));
