// Blob text()/arrayBuffer()/bytes() resolve after as many microtasks as node's reader takes (parts, empty parts and blobs, slices), interleaved with promise chains.
async function probe(label, blob, method) {
  const log = [];
  let n = 0;
  let stop = false;
  const step = () => {
    if (stop) return;
    log.push(n++);
    if (n < 40) Promise.resolve().then(step);
  };
  blob[method]().then((v) => {
    log.push('R:' + (typeof v === 'string' ? v : v.byteLength));
    stop = true;
  });
  Promise.resolve().then(step);
  await new Promise((r) => setImmediate(r));
  console.log(label, method, log.join(' '));
}

(async () => {
  const E = () => new Blob([]);
  const cases = [
    ['empty', () => new Blob([])],
    ['one', () => new Blob(['abc'])],
    ['two', () => new Blob(['abc', 'def'])],
    ['three', () => new Blob(['a', new Uint8Array(3), 'c'])],
    ['empty strings', () => new Blob(['', 'a', ''])],
    ['empty buffer', () => new Blob([new ArrayBuffer(0)])],
    ['nested', () => new Blob([new Blob(['a', 'b']), 'c'])],
    ['nested empty', () => new Blob([E(), 'a'])],
    ['two empties', () => new Blob([E(), E()])],
    ['empty then two', () => new Blob([E(), 'a', 'b'])],
    ['slice(0,3)', () => new Blob(['abc', 'def']).slice(0, 3)],
    ['slice(3)', () => new Blob(['abc', 'def']).slice(3)],
    ['slice(4)', () => new Blob(['abc', 'def']).slice(4)],
    ['slice(2,2)', () => new Blob(['abc', 'def']).slice(2, 2)],
    ['slice(1,4) of five', () => new Blob(['a', 'b', 'c', 'd', 'e']).slice(1, 4)],
    ['file', () => new (require('buffer').File)(['ab', 'c'], 'f.txt')],
  ];
  for (const [label, make] of cases) {
    for (const method of ['arrayBuffer', 'text', 'bytes']) await probe(label, make(), method);
  }

  // the interleaving a program sees
  const log = [];
  const b = new Blob(['hello']);
  b.text().then((t) => log.push('text ' + t));
  Promise.resolve().then(() => log.push('p1')).then(() => log.push('p2')).then(() => log.push('p3')).then(() => log.push('p4'));
  b.arrayBuffer().then((a) => log.push('ab ' + a.byteLength));
  Promise.resolve().then(() => log.push('q1')).then(() => log.push('q2')).then(() => log.push('q3'));
  (async () => { log.push('await ' + await b.text()); })();
  queueMicrotask(() => log.push('qm'));
  process.nextTick(() => log.push('tick'));
  setImmediate(() => console.log(log.join(', ')));
})();
