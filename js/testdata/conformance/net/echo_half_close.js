// net: an echo over loopback; the client ends, the server sees 'end', replies and closes; each side's event order (printed per side at exit).
const net = require('net');
const logs = { server: [], client: [] };
const log = (side, ...a) => logs[side].push(a.join(' '));
process.on('exit', () => { for (const side of ['server', 'client']) for (const l of logs[side]) console.log(side + ':', l); });
const server = net.createServer((sock) => {
  log('server', 'connection', sock.remoteAddress, typeof sock.remotePort, sock.remoteFamily);
  sock.setEncoding('utf8');
  sock.on('data', (d) => { log('server', 'data', JSON.stringify(d)); sock.write(d.toUpperCase()); });
  sock.on('end', () => log('server', 'end'));
  sock.on('finish', () => log('server', 'finish'));
  sock.on('close', (e) => { log('server', 'close', e); server.close(() => log('server', 'server closed')); });
});
server.listen(0, '127.0.0.1', () => {
  const { address, family, port } = server.address();
  log('server', 'listening', address, family, typeof port);
  const c = net.connect(port, '127.0.0.1', () => { log('client', 'connect', c.readyState); c.end('hello'); });
  log('client', 'connecting', c.connecting, c.readyState);
  c.setEncoding('utf8');
  c.on('ready', () => log('client', 'ready'));
  c.on('data', (d) => log('client', 'data', d));
  c.on('end', () => log('client', 'end'));
  c.on('finish', () => log('client', 'finish'));
  c.on('close', (e) => log('client', 'close', e, c.bytesRead, c.bytesWritten, c.destroyed));
});
