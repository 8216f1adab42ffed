// CompressionStream and DecompressionStream: gzip, deflate and deflate-raw round trips, bad formats, corrupt input.
const { CompressionStream: CS, DecompressionStream: DS } = require('stream/web');
const zlib = require('zlib');
async function collect(readable) {
  const chunks = [];
  for await (const c of readable) chunks.push(c);
  return Buffer.concat(chunks);
}
(async () => {
  console.log(CS === CompressionStream, DS === DecompressionStream);
  const text = 'hello web streams '.repeat(50);
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const packed = await collect(ReadableStream.from([text.slice(0, 100), text.slice(100)])
      .pipeThrough(new TextEncoderStream()).pipeThrough(new CompressionStream(format)));
    const back = await collect(ReadableStream.from([packed.subarray(0, 10), packed.subarray(10)])
      .pipeThrough(new DecompressionStream(format)));
    console.log(format, packed.length < text.length, back.toString() === text);
  }
  const fromZlib = await collect(ReadableStream.from([zlib.gzipSync('made by zlib')]).pipeThrough(new DecompressionStream('gzip')));
  console.log(fromZlib.toString());
  const cs = new CompressionStream('gzip');
  console.log(Object.keys(CompressionStream.prototype), cs.readable instanceof ReadableStream, cs.writable instanceof WritableStream);
  for (const f of ['zip', undefined, 'GZIP']) {
    try { new CompressionStream(f); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  try { new DecompressionStream('br'); } catch (e) { console.log(e.name, e.code, e.message); }
  await collect(ReadableStream.from([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])]).pipeThrough(new DecompressionStream('gzip')))
    .then(() => console.log('no error?'), (e) => console.log('corrupt:', e.code));
})();
