// once listeners fire a single time and are removed before they run.
const EventEmitter = require("events");
const e = new EventEmitter();
e.once("ping", function (n) {
  console.log("once", n, e.listenerCount("ping"));
});
e.emit("ping", 1);
e.emit("ping", 2);
console.log("count", e.listenerCount("ping"));
