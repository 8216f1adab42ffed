// enterWith sets the store on the resource whose callback is running, as node's: an interval's next runs and an accepted socket's next events see it, a sibling timer of the same list and the next then of a chain do not, and what was scheduled before keeps its own (printed per source at exit).
const { AsyncLocalStorage } = require('async_hooks');
const net = require('net');
const als = new AsyncLocalStorage();
const log = { interval: [], timers: [], sibling: [], chain: [], server: [], client: [] };
const note = (k, w) => log[k].push(`${w}=${als.getStore()}`);
let n = 0;
const iv = setInterval(() => {
  note('interval', 'run' + n);
  als.enterWith('interval run ' + n);
  if (++n === 3) clearInterval(iv);
}, 1);
setTimeout(() => { note('timers', 'first'); als.enterWith('first timer'); setImmediate(() => note('timers', 'immediate of first')); }, 2);
// The sibling logs apart: on a loaded machine it may be created a millisecond later than the first and run after the first's immediate.
setTimeout(() => note('sibling', 'sibling'), 2);
als.run('chain', () => Promise.resolve()
  .then(() => { note('chain', 'then1'); als.enterWith('then1'); note('chain', 'then1 after'); })
  .then(() => note('chain', 'then2')));
const server = net.createServer((s) => {
  s.setEncoding('utf8');
  s.on('data', (d) => {
    note('server', 'data ' + d);
    als.enterWith('server data ' + d);
    if (d === 'a') c.write('b'); else c.end();
  });
  s.on('end', () => { note('server', 'end'); server.close(); });
});
let c;
server.listen(0, '127.0.0.1', () => {
  c = net.connect(server.address().port, '127.0.0.1', () => {
    note('client', 'connect');
    als.enterWith('client connect');
    c.write('a');
  });
  c.on('close', () => note('client', 'close'));
});
process.on('exit', () => { for (const k of Object.keys(log)) console.log(k + ': ' + log[k].join(', ')); });
