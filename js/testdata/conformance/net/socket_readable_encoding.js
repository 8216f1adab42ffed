// net: socket.readableEncoding is null until setEncoding, then the encoding set (evloop had no such property).
const net = require('net');
const s = new net.Socket();
console.log(s.readableEncoding);
s.setEncoding('utf8');
console.log(s.readableEncoding);
s.setEncoding('latin1');
console.log(s.readableEncoding);
s.destroy();
const srv = net.createServer((c) => { c.setEncoding('hex'); console.log('server side', c.readableEncoding); c.end(); });
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1');
  console.log('client', c.readableEncoding);
  c.resume();
  c.on('close', () => srv.close(() => console.log('closed')));
});
