// console.countReset of a label never counted emits node's warning "Count for '<label>' does not exist"; a counted one resets silently; console.time shapes (numbers masked)
process.on('warning', (w) => console.log('warning:', w.name, w.message));
console.count('a'); console.countReset('a'); console.count('a');
console.countReset('nope'); console.countReset(); console.countReset({ toString() { return 'obj'; } });
const c = new console.Console(process.stdout); c.countReset('inst');
const { Writable } = require('stream');
const lines = [];
const tc = new console.Console(new Writable({ write(ch, e, cb) { lines.push(String(ch).trimEnd()); cb(); } }));
tc.time(); tc.timeLog(); tc.timeLog('default', 'extra', { a: 1 }); tc.timeEnd(); tc.time('lbl'); tc.timeEnd('lbl'); tc.timeEnd('lbl');
for (const l of lines) console.log(l.replace(/[\d.]+m?s\b/, 'N'));
