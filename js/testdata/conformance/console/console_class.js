// console.Console: instances over a stream or {stdout, stderr}, their own group/count/timer state, options checks, node's key order and lengths of console's methods
const { Writable } = require('stream');
const chunks = [];
const w = new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
const c = new console.Console(w);
c.log('a %d', 1); c.error('e'); c.group('g'); c.info('x\ny'); c.groupEnd(); c.count(); c.count(); c.count('k'); c.countReset(); c.count();
c.dir({ a: { b: { c: {} } } }, { depth: 0 }); c.assert(false, 'boom %s', 2); c.assert(true, 'no');
c.table([{ a: 1, b: 2 }]); c.warn('w'); c.debug('dbg');
console.log(JSON.stringify(chunks));
const c2 = new console.Console({ stdout: process.stdout, groupIndentation: 4 });
c2.group('G'); c2.log('in'); c2.groupEnd(); c2.log('out');
const { log } = c2; log('detached');
console.log(c instanceof console.Console, console instanceof console.Console, {} instanceof console.Console);
console.log(Object.keys(c));
console.log(Object.keys(console));
console.log(Object.getOwnPropertyNames(console.Console.prototype));
console.log(Object.keys(console).map((k) => k + ':' + console[k].length + ':' + console[k].name + ':' + ('prototype' in console[k])).join(' '));
console.log(console.Console.name, console.Console.length, c.log.name, c.log.length, 'prototype' in c.log);
console.log(Object.prototype.toString.call(console), Object.prototype.toString.call(c));
const c3 = console.Console(process.stdout, process.stderr); c3.log('no new', c3 instanceof console.Console);
for (const bad of [undefined, {}, { stdout: process.stdout, stderr: 1 }, { stdout: process.stdout, colorMode: 'x' }, { stdout: process.stdout, groupIndentation: 1.5 }, { stdout: process.stdout, groupIndentation: '2' }, { stdout: process.stdout, groupIndentation: 1001 }, { stdout: process.stdout, inspectOptions: 1 }, { stdout: process.stdout, colorMode: true, inspectOptions: { colors: false } }]) {
  try { new console.Console(bad); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const c4 = new console.Console({ stdout: process.stdout, colorMode: true }); c4.log({ a: 1, s: 'x' });
const c5 = new console.Console({ stdout: process.stdout, inspectOptions: { depth: 0, compact: false } }); c5.log({ a: { b: 1 } });
class My extends console.Console { hi() { this.log('hi from sub'); } }
const m = new My(process.stdout); m.hi(); console.log(m instanceof My);
console.log(typeof console.createTask('t').run, console.createTask('t').run(() => 5));
console.profile(); console.profileEnd(); console.timeStamp(); console.clear();
console.log(Object.keys(console.context('x')).join());
const cz = new console.Console(process.stdout); cz.time('t'); cz.timeEnd('nope');
const { EventEmitter } = require("events"); const ee = new EventEmitter(); ee.write = () => { throw new Error("x"); }; const ws = new console.Console({ stdout: ee }); ws.log("swallowed"); console.log("after", ee.listenerCount("error"));
console.time("a");console.time("a");console.timeLog("q");
