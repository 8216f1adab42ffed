// dgram: loopback ping-pong between two udp4 sockets; listening, message with rinfo, send callbacks, address, close order.
const dgram = require('dgram');
const a = dgram.createSocket('udp4');
const b = dgram.createSocket({ type: 'udp4' });
let rounds = 0;
b.on('message', (msg, rinfo) => {
  console.log('b got', String(msg), rinfo.address, rinfo.family, rinfo.size, rinfo.port === a.address().port);
  b.send('pong ' + msg, rinfo.port, rinfo.address, (err, n) => console.log('b sent', err, n));
});
a.on('message', (msg, rinfo) => {
  console.log('a got', String(msg), rinfo.port === b.address().port);
  if (++rounds < 3) a.send(Buffer.from('ping' + rounds), b.address().port, '127.0.0.1');
  else { a.close(() => console.log('a closed')); b.close(); }
});
b.on('close', () => console.log('b close'));
b.bind(0, '127.0.0.1', () => {
  console.log('b listening', b.address().address, b.address().family, typeof b.address().port);
  a.bind({ port: 0, address: '127.0.0.1' });
});
a.on('listening', () => {
  console.log('a listening');
  a.send('ping0', b.address().port, '127.0.0.1', (err, n) => console.log('a sent', err, n));
});
console.log('sync end');
