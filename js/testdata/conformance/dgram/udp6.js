// dgram: a udp6 socket on ::1 echoes a datagram; rinfo family IPv6; several chunks in one send; offset and length.
const dgram = require('dgram');
const srv = dgram.createSocket('udp6');
srv.on('message', (msg, rinfo) => {
  console.log('srv got', String(msg), rinfo.family, rinfo.address, rinfo.size);
  srv.send(msg, 1, 3, rinfo.port, rinfo.address);
});
srv.bind(0, '::1', () => {
  const c = dgram.createSocket('udp6');
  c.on('message', (msg) => { console.log('client got', String(msg)); c.close(); srv.close(); });
  c.send(['ab', Buffer.from('cd'), 'ef'], srv.address().port, '::1', (err, n) => console.log('sent', err, n));
  console.log(srv.address().family, srv.address().address);
});
