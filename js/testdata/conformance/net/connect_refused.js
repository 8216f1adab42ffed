// net: a refused connect reports node's error shape from the pending phase; 'error' in a tick, 'close' in the close phase.
const net = require('net');
const c = net.connect(1, '127.0.0.1');
c.on('error', (e) => {
  console.log(e.message);
  console.log(e.code, e.errno, e.syscall, e.address, e.port);
  console.log(Object.keys(e));
  setImmediate(() => console.log('immediate after error'));
  process.nextTick(() => console.log('tick after error'));
});
c.on('close', (h) => console.log('close', h, c.destroyed));
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
