// net: write callbacks of writes the kernel takes at once run in a tick; 'finish' after end()'s shutdown; the server counts bytes.
const net = require('net');
const s = net.createServer((sock) => {
  let n = 0;
  sock.on('data', (d) => { n += d.length; });
  sock.on('end', () => { console.log('server got', n, sock.bytesRead); sock.end(); s.close(); });
});
s.listen(0, '127.0.0.1', () => {
  const c = net.connect(s.address().port, '127.0.0.1');
  c.on('connect', () => {
    console.log('write 1 returned', c.write('abc', () => console.log('write 1 cb')));
    console.log('write 2 returned', c.write('défg', 'utf8', () => console.log('write 2 cb')));
    process.nextTick(() => console.log('tick after writes'));
    c.end(() => console.log('end cb'));
    console.log('writableLength', c.writableLength, 'writableEnded', c.writableEnded);
  });
  c.on('finish', () => console.log('finish', c.bytesWritten));
  c.resume();
  c.on('close', () => console.log('client close'));
});
