// dgram: bad type, bad port, bind twice, address before bind, EADDRINUSE as an 'error' event, close twice.
const dgram = require('dgram');
try { dgram.createSocket('udp5'); } catch (e) { console.log(e.name, e.code, e.message); }
const s = dgram.createSocket('udp4');
try { s.send('x', 70000, '127.0.0.1'); } catch (e) { console.log(e.name, e.code, e.message); }
try { s.address(); } catch (e) { console.log(e.code, e.message); }
s.bind(0, '127.0.0.1', () => {
  try { s.bind(0); } catch (e) { console.log(e.code, e.message); }
  const t = dgram.createSocket('udp4');
  t.on('error', (e) => {
    console.log('error', e.code, e.syscall, e.message.replace(/:\d+$/, ':PORT'));
    t.close();
    s.close(() => {
      console.log('closed');
      try { s.close(); } catch (e2) { console.log(e2.code, e2.message); }
    });
  });
  t.bind(s.address().port, '127.0.0.1');
});
