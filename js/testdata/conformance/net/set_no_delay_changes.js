// socket.setNoDelay asks the handle only when the setting changes (omitted means true), returns the socket, and skips a handle without setNoDelay.
const net = require('net');
const fake = (label) => ({ setNoDelay(on) { console.log(label, 'handle.setNoDelay', on); }, readStart() {} });
let s = new net.Socket({ handle: fake('a') });
for (const v of [undefined, true, 1, 'x', {}, false, 0, '', true, false]) s.setNoDelay(v);
s = new net.Socket({ handle: fake('b') });
for (const v of [false, 0, '']) s.setNoDelay(v);
s = new net.Socket({ handle: { setNoDelay: null, readStart() {} } });
console.log(s.setNoDelay(true) instanceof net.Socket);
s = new net.Socket();
console.log(s.setNoDelay(true) === s);
const server = net.createServer({ noDelay: true }, (c) => {
  c.setNoDelay(true);
  c.end();
  server.close();
});
server.listen(0, () => {
  const c = net.connect({ port: server.address().port, noDelay: true }, () => console.log('connected'));
  c.on('close', () => console.log('client closed'));
  c.resume();
});
