// createHook and dgram: each socket is one UDPWRAP resource, 'listening' runs in a TickObject, a 'message' in the receiving socket's UDPWRAP, as node's (written with fs.writeSync).
const ah = require('async_hooks');
const fs = require('fs');
const w = (s) => fs.writeSync(1, s + '\n');
const t = new Map();
ah.createHook({ init(id, type, tr) { t.set(id, type); if (type === 'UDPWRAP') w('init UDPWRAP'); } }).enable();
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('message', (m) => { w('message in ' + t.get(ah.executionAsyncId())); s.close(); });
s.bind(0, '127.0.0.1', () => {
  w('listening in ' + t.get(ah.executionAsyncId()));
  const c = dgram.createSocket('udp4');
  c.send('x', s.address().port, '127.0.0.1', () => c.close());
});
