// _construct runs on the next tick; writes and reads wait for its callback, as fs streams do.
const { Readable, Writable } = require('stream');
class Src extends Readable {
  _construct(cb) { console.log('construct src'); setImmediate(() => { console.log('src ready'); cb(); }); }
  _read() { console.log('_read'); this.push('data'); this.push(null); }
}
class Dst extends Writable {
  _construct(cb) { console.log('construct dst'); cb(); }
  _write(c, e, cb) { console.log('_write', String(c)); cb(); }
  _final(cb) { console.log('_final'); cb(); }
  _destroy(err, cb) { console.log('_destroy', err); cb(err); }
}
const s = new Src();
const d = new Dst();
d.write('early');
console.log('sync');
s.pipe(d);
d.on('finish', () => console.log('finish'));
d.on('close', () => console.log('close'));
