// Built-in modules by bare and node: names are the same objects; timers matches the globals.
const timers = require("timers");
console.log(timers === require("node:timers"));
console.log(timers.setTimeout === setTimeout, timers.setImmediate === setImmediate);
const events = require("events");
console.log(events === require("node:events"), typeof events.once, typeof events.EventEmitter);
console.log(require("timers/promises") === require("node:timers/promises"));
