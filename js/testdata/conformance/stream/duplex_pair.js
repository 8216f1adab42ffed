// duplexPair wires two Duplexes back to back; URL.parse returns null on failure; Buffer.prototype.inspect is the custom inspect.
const { duplexPair } = require('stream');
const [a, b] = duplexPair();
b.on('data', (d) => console.log('b got', String(d)));
a.on('data', (d) => console.log('a got', String(d)));
a.write('ping', () => console.log('a write cb'));
b.write('pong');
a.end(); b.end();
for (const [n, s] of [['a', a], ['b', b]]) for (const ev of ['end', 'finish', 'close']) s.on(ev, () => console.log(n, ev));
console.log(URL.parse('x'), URL.parse('/p', 'http://h').href, Buffer.prototype.inspect === Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')]);
