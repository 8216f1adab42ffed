// Emitting 'error' with no listener throws the error: uncaught, so exit code 1; stdout kept.
const EventEmitter = require("events");
const e = new EventEmitter();
try {
  e.emit("error", new Error("caught here"));
} catch (err) {
  console.log("thrown synchronously:", err.message);
}
console.log("now uncaught");
e.emit("error", new Error("nobody listens"));
console.log("never");
