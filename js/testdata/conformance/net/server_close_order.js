// net: server.close(cb) with no connections emits 'close' in a tick queued by close(); closing again reports ERR_SERVER_NOT_RUNNING.
const net = require('net');
const s = net.createServer();
s.on('listening', () => console.log('listening event', s.listening));
s.listen(0, '127.0.0.1', () => {
  console.log('listen cb');
  s.close(() => {
    console.log('server close cb', s.listening, s.address());
    s.close((err) => console.log('second close', err.code, err.message));
  });
  process.nextTick(() => console.log('tick'));
  setImmediate(() => console.log('immediate'));
});
