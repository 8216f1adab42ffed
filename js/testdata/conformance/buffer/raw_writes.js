// buf.utf8Write()/latin1Write()/hexWrite()/...: a non-string argument (evloop crashed with an internal error), negative offset/length ('Index out of range'), offset past the end, length cut to the space left
const b = Buffer.alloc(4);
for (const m of ['utf8Write', 'latin1Write', 'hexWrite', 'asciiWrite', 'ucs2Write', 'base64Write'])
  for (const a of [['ab', 5], ['ab', 4], ['ab', -1], ['ab', 1, 10], ['ab', 1, -1], ['ab', '1'], ['ab', 1.5], [5], ['ab', NaN, 1]])
    try { const x = Buffer.alloc(4); console.log(m, a, x[m](...a), x); } catch (e) { console.log(m, a, e.code, e.message); }
