// pipeTo: a source error aborts the destination, a destination error cancels the source, prevent* options and an AbortSignal.
(async () => {
  const s1 = new ReadableStream({ start(c) { c.enqueue(1); setTimeout(() => c.error(new Error('src broke')), 2); } });
  const d1 = new WritableStream({ write(x) { console.log('d1 got', x); }, abort(r) { console.log('d1 abort:', r.message); } });
  await s1.pipeTo(d1).catch((e) => console.log('pipe1:', e.message));
  const s2 = new ReadableStream({ pull(c) { c.enqueue('z'); }, cancel(r) { console.log('s2 cancel:', r.message); } });
  const d2 = new WritableStream({ write() { throw new Error('dst broke'); } });
  await s2.pipeTo(d2).catch((e) => console.log('pipe2:', e.message));
  const s3 = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
  const d3 = new WritableStream({ close() { console.log('d3 closed (wrong)'); } });
  await s3.pipeTo(d3, { preventClose: true });
  console.log('pipe3 done, d3 locked', d3.locked);
  const ac = new AbortController();
  let s4done = false;
  const s4 = new ReadableStream({ pull(c) { return new Promise((r) => setTimeout(() => { if (!s4done) c.enqueue('t'); r(); }, 3)); }, cancel(r) { s4done = true; console.log('s4 cancel', r.name); } });
  const d4 = new WritableStream({ abort(r) { console.log('d4 abort', r.name); } });
  setTimeout(() => ac.abort(), 10);
  await s4.pipeTo(d4, { signal: ac.signal }).catch((e) => console.log('pipe4:', e.name, e.message));
  const locked = new ReadableStream();
  locked.getReader();
  await locked.pipeTo(new WritableStream()).catch((e) => console.log('pipe5:', e.code, e.message));
  await new ReadableStream().pipeTo({}).catch((e) => console.log('pipe6:', e.code, e.message));
})();
