// Listeners added or removed during an emit do not affect that emit (it works on a copy).
const EventEmitter = require("events");
const e = new EventEmitter();
function b() {
  console.log("b");
}
e.on("x", () => {
  console.log("a adds c and removes b");
  e.on("x", () => console.log("c"));
  e.off("x", b);
});
e.on("x", b);
e.emit("x");
console.log("second emit");
e.emit("x");
