// Blob: stream() (a byte stream, one chunk per part, slices keep part boundaries), bytes(), options.endings and options validation, ERR_INVALID_THIS, prototype order
const { Blob } = require('buffer');
async function partA() {
  for (const parts of [[Buffer.alloc(200000)], ['a', '', 'b'], [], ['abc', new Blob(['de', 'f'])]]) {
    const b = new Blob(parts);
    for (const x of [b, b.slice(1, -1)]) {
      const sizes = []; for await (const c of x.stream()) sizes.push(c.constructor.name + ':' + c.length);
      console.log(sizes.join(' '));
    }
  }
  const s = new Blob(['xy']).stream();
  console.log(Object.prototype.toString.call(s), s.locked);
  const r = s.getReader({ mode: 'byob' }); console.log(typeof r.read);
  console.log(await new Blob(['hi']).bytes());
  console.log(new Blob(['a\r\nb\nc\r'], { endings: 'native' }).size, new Blob(['a\r\n'], { endings: 'transparent' }).size);
}
const { File } = require('buffer');
async function partB() {
  const r = new Blob(['abc', 'de']).stream().getReader({ mode: 'byob' });
  for (;;) { const { done, value } = await r.read(new Uint8Array(2)); console.log(done, value); if (done) break; }
  const f = new File(['a\r\nb'], 'f.txt', { endings: 'native', type: 'A/B' });
  console.log(f.size, f.type, f.name, await f.text(), (await f.slice(1).bytes()));
  console.log(structuredClone(new Blob(['q', 'r'])).size);
  try { Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}); } catch (e) { console.log(e.code, e.message); }
  try { Blob.prototype.stream.call({}); } catch (e) { console.log(e.code, e.message); }
  try { await Blob.prototype.bytes.call(5); } catch (e) { console.log(e.code, e.message); }
  try { new Blob([], { endings: 'x' }); } catch (e) { console.log(e.code, e.message); }
  try { new Blob([], 5); } catch (e) { console.log(e.code, e.message); }
  console.log(new Blob([], () => {}).size, new Blob([], null).size);
  const ab = new ArrayBuffer(2); const b = new Blob([ab]); new Uint8Array(ab)[0] = 9; console.log(await b.bytes());
}
partA().then(partB).then(() => console.log(Object.getOwnPropertyNames(Blob.prototype)));
