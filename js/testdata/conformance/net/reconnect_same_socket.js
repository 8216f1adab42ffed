// A socket connected again after it closed counts its bytesRead and bytesWritten afresh and keeps reading for its data listener.
const net = require('net');
let count = 0;
const server = net.createServer((s) => {
  s.on('data', () => {});
  s.on('end', () => { console.log('server read', s.bytesRead); s.end('hello!'); });
});
server.listen(0, () => {
  const socket = net.createConnection(server.address().port);
  socket.on('connect', () => {
    count++;
    console.log('connect', count, socket.bytesRead, socket.bytesWritten);
    socket.write('foo', () => socket.end('bar'));
  });
  socket.on("data", (d) => console.log("data", String(d))); socket.on("end", () => console.log("end")); socket.on("finish", () => console.log("finish"));
  socket.on('close', () => {
    console.log('close', count, 'read', socket.bytesRead, 'written', socket.bytesWritten);
    if (count < 2) socket.connect(server.address().port);
    else server.close();
  });
});
