// dgram: connect() fixes the peer ('connect' event, remoteAddress), send without a port goes there, disconnect() and the errors of connecting twice and of remoteAddress when not connected.
const dgram = require('dgram');
const srv = dgram.createSocket('udp4');
srv.on('message', (msg, rinfo) => {
  console.log('srv got', String(msg), rinfo.port === cli.address().port);
  cli.disconnect();
  try { cli.remoteAddress(); } catch (e) { console.log(e.code, e.message); }
  cli.close();
  srv.close();
});
const cli = dgram.createSocket('udp4');
srv.bind(0, '127.0.0.1', () => {
  try { cli.remoteAddress(); } catch (e) { console.log(e.code, e.message); }
  cli.connect(srv.address().port, '127.0.0.1', () => {
    const r = cli.remoteAddress();
    console.log('connected', r.address, r.family, r.port === srv.address().port);
    try { cli.connect(1); } catch (e) { console.log(e.code, e.message); }
    cli.send('via connect', (err, n) => console.log('sent', err, n));
  });
});
