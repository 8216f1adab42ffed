// net: server on 127.0.0.1 port 0, client sends "ping", server answers "pong", client ends, server
// sees 'end' then 'close', then the server closes. Only causally ordered events are printed
// (client 'connect' vs server 'connection' can come in either order, so neither is printed).
const net = require("net");

const server = net.createServer((sock) => {
  sock.setEncoding("utf8");
  sock.on("data", (d) => {
    console.log("server got", d);
    sock.write("pong");
  });
  sock.on("end", () => {
    console.log("server saw end");
    sock.end();
  });
  sock.on("close", () => {
    console.log("server socket closed");
    server.close(() => console.log("server closed"));
  });
});

server.listen(0, "127.0.0.1", () => {
  const addr = server.address();
  console.log("listening", addr.address, typeof addr.port, addr.port > 0);
  const client = net.connect(addr.port, "127.0.0.1");
  client.setEncoding("utf8");
  client.on("data", (d) => {
    console.log("client got", d);
    client.end();
  });
  client.write("ping");
});
