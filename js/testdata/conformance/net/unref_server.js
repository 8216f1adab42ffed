// net: an unref'd listening server does not keep the program alive; ref() would.
const net = require('net');
const s = net.createServer().listen(0, '127.0.0.1');
s.unref();
setTimeout(() => console.log('timer still runs', s.listening), 5);
process.on('exit', (c) => console.log('exit', c, s.listening));
