// TextEncoderStream and TextDecoderStream: surrogate pairs split across chunks, multibyte UTF-8 split across chunks, properties.
(async () => {
  const enc = new TextEncoderStream();
  console.log(enc.encoding);
  const w = enc.writable.getWriter();
  w.write('a\uD83D'); w.write('\uDE00b'); w.write('\uD800'); w.close();
  const bytes = [];
  for await (const c of enc.readable) bytes.push(...c);
  console.log(bytes.map((b) => b.toString(16)).join(' '));
  const dec = new TextDecoderStream('utf-8', { fatal: false });
  console.log(dec.encoding, dec.fatal, dec.ignoreBOM);
  const dw = dec.writable.getWriter();
  const euro = new TextEncoder().encode('€uro');
  dw.write(euro.subarray(0, 1)); dw.write(euro.subarray(1, 2)); dw.write(euro.subarray(2)); dw.close();
  const parts = [];
  for await (const s of dec.readable) parts.push(s);
  console.log(parts);
  const dec16 = new TextDecoderStream('utf-16le');
  const d16w = dec16.writable.getWriter();
  d16w.write(new Uint8Array([0x68, 0])); d16w.write(new Uint8Array([0x69])); d16w.write(new Uint8Array([0])); d16w.close();
  let t = '';
  for await (const s of dec16.readable) t += s;
  console.log(t);
})();
