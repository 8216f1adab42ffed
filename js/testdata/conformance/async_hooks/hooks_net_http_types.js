// createHook init for an http request over loopback: node's types and counts for the server handle (TCPSERVERWRAP), the two sockets (TCPWRAP), the connect (TCPCONNECTWRAP), the server's parser (HTTPINCOMINGMESSAGE) and the client's (HTTPCLIENTREQUEST), each triggered by a resource seen before it (node's other types, DNS and write requests, are left out).
const ah = require('async_hooks');
const fs = require('fs');
const counts = {};
const known = new Set([ah.executionAsyncId()]);
let unknownTrigger = 0;
const types = ['TCPSERVERWRAP', 'TCPWRAP', 'TCPCONNECTWRAP', 'HTTPINCOMINGMESSAGE', 'HTTPCLIENTREQUEST'];
ah.createHook({
  init(id, type, trigger) {
    known.add(id);
    if (!types.includes(type)) return;
    counts[type] = (counts[type] || 0) + 1;
    if (!known.has(trigger)) unknownTrigger++;
  },
}).enable();
const http = require('http');
const s = http.createServer((req, res) => res.end('ok')).listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: s.address().port, agent: false }, (res) => {
    res.resume();
    res.on('end', () => s.close());
  });
});
process.on('exit', () => fs.writeSync(1, types.map((t) => t + ' ' + counts[t]).join('\n') + '\ntriggers not seen before: ' + unknownTrigger + '\n'));
