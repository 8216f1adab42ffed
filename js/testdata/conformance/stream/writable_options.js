// Writable options: decodeStrings false keeps strings with their encoding, defaultEncoding, setDefaultEncoding, objectMode mixes.
const { Writable } = require('stream');
const w = new Writable({ decodeStrings: false, defaultEncoding: 'hex', write(c, e, cb) { console.log(typeof c, JSON.stringify(String(c)), e); cb(); } });
w.write('6869');
w.write('abc', 'latin1');
w.write(Buffer.from('buf'));
w.write(new Uint8Array([65, 66]));
w.setDefaultEncoding('UTF8');
w.write('after');
try { w.setDefaultEncoding('nope'); } catch (e) { console.log(e.code, e.message); }
try { w.write('x', 'nope'); } catch (e) { console.log(e.code, e.message); }
const d = new Writable({ write(c, e, cb) { console.log('decoded', c, e); cb(); } });
d.write('é', 'latin1');
d.write('aGk=', 'base64');
w.end();
w.on('finish', () => console.log('finish', w.writableFinished, w.writableLength));
