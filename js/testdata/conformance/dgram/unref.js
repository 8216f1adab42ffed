// unref() lets the process end while a socket is bound, whether it comes
// before bind (the handle made later is unref'd) or after; ref() and
// unref() return the socket.
const dgram = require('dgram');
const early = dgram.createSocket('udp4');
console.log(early.unref() === early, early.ref() === early);
early.unref();
early.bind(0, '127.0.0.1', () => {
  console.log('early bound');
  const late = dgram.createSocket('udp4');
  late.bind(0, '127.0.0.1', () => {
    console.log('late bound');
    late.unref();
    setTimeout(() => console.log('timer'), 10);
  });
});
process.on('exit', (code) => console.log('exit', code));
