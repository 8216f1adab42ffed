// net: an abruptly destroyed socket emits 'close' after the uv close phase, so an immediate queued
// in the same callback runs first (check comes before close); a nextTick runs before both.
const net = require("net");

const server = net.createServer((sock) => {
  sock.on("close", () => console.log("server socket close"));
  setImmediate(() => console.log("immediate"));
  process.nextTick(() => console.log("tick"));
  sock.destroy();
  console.log("destroyed");
  server.close();
});
server.listen(0, "127.0.0.1", () => {
  const c = net.connect(server.address().port, "127.0.0.1");
  c.on("error", () => {});
});
