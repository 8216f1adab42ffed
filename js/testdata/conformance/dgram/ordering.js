// dgram: when bind's 'listening', an implicit bind by send, the send callback and close's 'close' come relative to ticks, promises and immediates.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
const log = (m) => console.log(m);
s.on('listening', () => log('listening'));
s.bind(0, '127.0.0.1');
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('promise'));
setImmediate(() => log('immediate'));
s.on('message', (m) => {
  log('message ' + m);
  s.close(() => log('close cb'));
  process.nextTick(() => log('tick after close'));
  setImmediate(() => log('immediate after close'));
});
s.once('listening', () => {
  const c = dgram.createSocket('udp4');
  c.send('x', s.address().port, '127.0.0.1', (err) => { log('sent ' + err); c.close(); });
  log('send returned');
  try { c.address(); } catch (e) { log(e.code + ' ' + e.message); }
});
