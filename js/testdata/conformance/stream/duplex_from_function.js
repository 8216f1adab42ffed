// Duplex.from(fn): an async generator function is a Duplex over the written chunks, an async function a writable-only one; a bad return value throws.
const { Duplex, Readable, pipeline } = require('stream');
const d = Duplex.from(async function* (src) { for await (const c of src) yield String(c).toUpperCase(); });
const out = [];
d.on('data', (x) => out.push(String(x)));
d.on('end', () => {
  console.log('upper', out);
  const sink = Duplex.from(async (src) => { let n = 0; for await (const c of src) n += String(c).length; console.log('sink got', n); });
  sink.on('finish', () => {
    console.log('sink finish');
    pipeline(Readable.from(['a', 'b']), Duplex.from(async function* (s) { for await (const c of s) yield c + '!'; }),
      async function (s) { for await (const c of s) console.log('piped', c); }, (err) => console.log('pipeline done', err));
  });
  sink.write('xyz');
  sink.end('12');
});
d.write('ab');
d.end('cd');
for (const f of [() => 5, () => null]) {
  try { Duplex.from(f); } catch (e) { console.log(e.code, e.message); }
}
