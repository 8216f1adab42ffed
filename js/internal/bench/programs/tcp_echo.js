// needs: net
// A TCP echo server and 100 clients × 200 round trips × 64 B, in one process (loopback only).
const net = require('net');
const CLIENTS = 100, ROUNDS = 200;
const msg = 'x'.repeat(64);
const server = net.createServer((s) => s.on('data', (d) => s.write(d)));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const t0 = process.hrtime.bigint();
  let done = 0;
  for (let c = 0; c < CLIENTS; c++) {
    const sock = net.connect(port, '127.0.0.1', () => sock.write(msg));
    let got = 0, rounds = 0;
    sock.on('data', (d) => {
      got += d.length;
      while (got >= 64) { got -= 64; rounds++; if (rounds < ROUNDS) sock.write(msg); }
      if (rounds === ROUNDS) {
        sock.destroy();
        if (++done === CLIENTS) { console.log('ms=' + Number(process.hrtime.bigint() - t0) / 1e6); server.close(); }
      }
    });
  }
});
