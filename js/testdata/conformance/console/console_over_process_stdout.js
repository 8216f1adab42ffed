// new console.Console(process.stdout) and ({stdout, stderr}) with no stream module loaded: the plain stdio streams are EventEmitters (on/once/removeListener/listenerCount)
const c = new console.Console(process.stdout);
c.log('x', { a: 1 });
c.group('g'); c.log('in'); c.groupEnd(); c.count(); c.count();
const c2 = new console.Console({ stdout: process.stdout, stderr: process.stderr });
c2.log('y'); c2.error('to stderr'); c2.table([{ a: 1 }]);
const EventEmitter = require('events');
console.log(process.stdout instanceof EventEmitter, process.stderr instanceof EventEmitter);
for (const k of ['on', 'once', 'off', 'removeListener', 'listenerCount', 'emit', 'end', 'destroy', 'write']) console.log(k, typeof process.stdout[k]);
let got = 0;
process.stdout.once('custom', (v) => { got = v; });
console.log(process.stdout.listenerCount('custom'), process.stdout.emit('custom', 7), got, process.stdout.listenerCount('custom'));
