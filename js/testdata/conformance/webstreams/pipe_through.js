// pipeThrough a chain of TransformStreams and TextEncoderStream/TextDecoderStream.
(async () => {
  const src = ReadableStream.from(['hello ', 'wörld', '!']);
  const out = src
    .pipeThrough(new TextEncoderStream())
    .pipeThrough(new TransformStream({ transform(chunk, c) { c.enqueue(chunk.length); c.enqueue(chunk); } }))
    .pipeThrough(new TransformStream({ transform(chunk, c) { if (typeof chunk !== 'number') c.enqueue(chunk); } }))
    .pipeThrough(new TextDecoderStream());
  let s = '';
  for await (const x of out) s += x;
  console.log(JSON.stringify(s));
})();
