// net: a paused socket buffers what arrives; resume() delivers it in order, then 'end'.
const net = require('net');
const s = net.createServer((sock) => {
  sock.write('one;');
  sock.write('two;');
  sock.end('three');
  s.close();
});
s.listen(0, '127.0.0.1', () => {
  const c = net.connect(s.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  c.pause();
  let got = '';
  c.on('data', (d) => { got += d; });
  console.log('paused', c.isPaused());
  setTimeout(() => {
    console.log('before resume', JSON.stringify(got));
    c.resume();
  }, 50);
  c.on('end', () => { console.log('end', JSON.stringify(got)); c.end(); });
  c.on('close', () => console.log('close'));
});
