// ReadableStream tee: both branches see every chunk; cancelling both cancels the source with both reasons.
const rs = new ReadableStream({
  start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); },
});
const [a, b] = rs.tee();
console.log(rs.locked, a.locked, b.locked);
(async () => {
  const ra = a.getReader();
  const rb = b.getReader();
  console.log(await ra.read(), await rb.read());
  console.log(await rb.read(), await ra.read());
  console.log(await ra.read(), await rb.read());
  const src = new ReadableStream({ cancel(r) { console.log('source cancel', r); } });
  const [c, d] = src.tee();
  c.cancel('one').then(() => console.log('c cancelled'));
  await null;
  console.log('after first cancel');
  await d.cancel('two');
  console.log('d cancelled');
})();
