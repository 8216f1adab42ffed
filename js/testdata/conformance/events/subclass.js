// A class extending EventEmitter emits its own events.
const EventEmitter = require("events");
class Door extends EventEmitter {
  open() {
    this.emit("open", "front");
  }
}
const d = new Door();
d.on("open", (which) => console.log("opened", which));
d.open();
console.log(d instanceof EventEmitter, EventEmitter.EventEmitter === EventEmitter);
