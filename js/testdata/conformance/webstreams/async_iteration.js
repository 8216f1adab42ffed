// ReadableStream async iteration: for await, break cancels (unless preventCancel), values() and the iterator's return.
function make(name) {
  let i = 0;
  return new ReadableStream({
    pull(c) { c.enqueue(name + i++); if (i === 3) c.close(); },
    cancel(r) { console.log(name, 'cancelled', r); },
  });
}
(async () => {
  for await (const v of make('s1')) console.log(v);
  const s2 = make('s2');
  for await (const v of s2) { console.log(v); break; }
  console.log('s2 locked', s2.locked);
  const s3 = make('s3');
  for await (const v of s3.values({ preventCancel: true })) { console.log(v); break; }
  console.log('s3 locked', s3.locked);
  const r = s3.getReader();
  console.log(await r.read());
  const it = make('s4')[Symbol.asyncIterator]();
  console.log(await it.next());
  console.log(await it.return('bye'));
  console.log(await it.next());
})();
