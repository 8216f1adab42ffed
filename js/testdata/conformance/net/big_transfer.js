// net: 4 MiB through write()'s backpressure ('drain') arrives whole, and the counters agree.
const net = require('net');
const total = 4 << 20;
const s = net.createServer((sock) => {
  let n = 0;
  sock.on('data', (d) => { n += d.length; });
  sock.on('end', () => { console.log('server got', n, sock.bytesRead); sock.end(); s.close(); });
});
s.listen(0, '127.0.0.1', () => {
  const c = net.connect(s.address().port, '127.0.0.1');
  const chunk = 'x'.repeat(65536);
  let sent = 0;
  let drains = 0;
  function pump() {
    while (sent < total) {
      sent += chunk.length;
      if (!c.write(chunk)) { drains++; c.once('drain', pump); return; }
    }
    c.end(() => console.log('client finished', c.bytesWritten, drains > 0));
  }
  pump();
  c.resume();
  c.on('close', () => console.log('client close'));
});
