// net: server.close(cb) inside the listen callback, then a nextTick and a setImmediate. The close
// callback is emitted through a nextTick queued by close(), so: close cb, tick, immediate.
const net = require("net");

const server = net.createServer();
server.listen(0, "127.0.0.1", () => {
  console.log("listening");
  server.close(() => console.log("server close cb"));
  process.nextTick(() => console.log("tick"));
  setImmediate(() => console.log("immediate"));
});
