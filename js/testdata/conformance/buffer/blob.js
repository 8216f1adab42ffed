// buffer.Blob and File: size, type, slice, text and arrayBuffer, inspect output, argument errors; the module's keys.
const buffer = require('buffer');
const { Blob, File, resolveObjectURL } = buffer;
console.log(Object.keys(buffer));
const b = new Blob(['ab', new Uint8Array([99]), new Blob(['de'])], { type: 'Text/Plain' });
console.log(b, b.size, b.type, Object.prototype.toString.call(b), b instanceof Blob);
b.text().then((t) => {
  console.log('text', t);
  return b.slice(1, -1, 'x/Y').arrayBuffer();
}).then((ab) => {
  console.log('slice', ab.byteLength, new Uint8Array(ab), b.slice(-2).size, b.slice(3, 1).size);
  return new Blob([new Uint16Array([0x4141])]).text();
}).then((t) => console.log('u16', t));
const f = new File(['hi'], 'a.txt', { type: 'text/plain', lastModified: 42 });
console.log(f, f.name, f.lastModified, f.size, f instanceof Blob, new Blob(['x'], { type: 'é' }).type === '');
console.log(resolveObjectURL('blob:nodedata:x'), typeof resolveObjectURL);
try { new Blob('x'); } catch (e) { console.log(e.code, e.message); }
try { new File(['x']); } catch (e) { console.log(e.code, e.message); }
console.log(new Blob([1, { a: 1 }]).size, new Blob().size);
