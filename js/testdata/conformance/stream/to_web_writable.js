// stream: Writable.toWeb (writes reach the Writable in order, close ends it, backpressure waits for 'drain'), Writable.fromWeb (writes and end reach the sink), Duplex.toWeb/fromWeb round trip, and the argument errors.
const { Writable, Duplex, PassThrough } = require('stream');
const { WritableStream, ReadableStream } = require('stream/web');

async function main() {
  const got = [];
  const w = new Writable({
    highWaterMark: 4,
    write(chunk, enc, cb) { got.push(String(chunk)); setImmediate(cb); },
  });
  w.on('finish', () => console.log('node writable finish'));
  const ws = Writable.toWeb(w);
  console.log('toWeb is WritableStream', ws instanceof WritableStream);
  const writer = ws.getWriter();
  await writer.write(new TextEncoder().encode('hello'));
  await writer.write(new TextEncoder().encode(' web'));
  await writer.close();
  console.log('toWeb got', got);

  const sinkGot = [];
  const sink = new WritableStream({
    write(chunk) { sinkGot.push(Buffer.from(chunk).toString()); },
    close() { sinkGot.push('<closed>'); },
  });
  const nw = Writable.fromWeb(sink);
  nw.write('abc');
  nw.write(Buffer.from('def'));
  await new Promise((resolve) => nw.end('!', resolve));
  console.log('fromWeb sink', sinkGot);

  const pt = new PassThrough();
  const { readable, writable } = Duplex.toWeb(pt);
  const pw = writable.getWriter();
  pw.write(new TextEncoder().encode('round'));
  pw.close();
  const chunks = [];
  for await (const c of readable) chunks.push(Buffer.from(c).toString());
  console.log('Duplex.toWeb', chunks.join(''));

  let enqueue;
  const d = Duplex.fromWeb({
    readable: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('from web')); c.close(); } }),
    writable: new WritableStream({ write(c) { enqueue = Buffer.from(c).toString(); } }),
  }, { encoding: 'utf8' });
  d.write('to web');
  let text = '';
  d.on('data', (c) => { text += c; });
  await new Promise((resolve) => d.on('end', resolve));
  console.log('Duplex.fromWeb read', text, 'wrote', enqueue);

  for (const f of [() => Writable.toWeb({}), () => Writable.fromWeb({}), () => Duplex.toWeb(new Writable()), () => Duplex.fromWeb({})]) {
    try { f(); } catch (e) { console.log(e.code, e.message.split('. Received')[0]); }
  }
}
main().then(() => console.log('done'));
