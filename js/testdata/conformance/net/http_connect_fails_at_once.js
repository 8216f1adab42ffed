// An http request whose connect fails at once reports that error once, then 'close' (not "socket hang up").
const http = require('http');
const net = require('net');
let errors = 0;
const s = net.connect(1, '255.255.255.255');
s.on('error', (e) => console.log('net error from', e.syscall, e.address));
s.on('close', (hadError) => {
  console.log('net close', hadError);
  const r = http.get('http://255.255.255.255:1/');
  r.on('socket', () => console.log('socket'));
  r.on('error', (e) => { errors++; console.log('http error from', e.syscall, e.code === 'ECONNRESET' ? 'hang up' : 'connect'); });
  r.on('close', () => setTimeout(() => console.log('close, errors:', errors), 5));
});
