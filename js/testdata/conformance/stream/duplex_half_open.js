// A Duplex with allowHalfOpen false ends its writable side after its readable side ends; events in node's order.
const { Duplex } = require('stream');
const d = new Duplex({
  allowHalfOpen: false,
  read() {},
  write(c, e, cb) { console.log('write', String(c)); cb(); },
  final(cb) { console.log('final'); cb(); },
});
for (const ev of ['end', 'finish', 'prefinish', 'close']) d.on(ev, () => console.log('event', ev, d.writableEnded, d.readableEnded));
d.on('data', (c) => console.log('data', String(c)));
d.write('w1');
d.push('r1');
d.push(null);
console.log('writable', d.writable, 'readable', d.readable, d instanceof require('stream').Writable);
