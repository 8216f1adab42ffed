// Emitting 'error' with a non-Error value and no listener throws ERR_UNHANDLED_ERROR.
const EventEmitter = require("events");
const e = new EventEmitter();
try {
  e.emit("error", "just a string");
} catch (err) {
  console.log(err.name, err.code, err.context);
}
