// WritableStream: abort, a sink write that throws, write after close, locks and released writers.
const show = (p, label) => p.then((v) => console.log(label, 'ok', v), (e) => console.log(label, e instanceof Error ? e.code || e.message : e));
(async () => {
  const ws = new WritableStream({
    write(c) { if (c === 'bad') throw new Error('sink refused'); console.log('wrote', c); },
    abort(r) { console.log('sink abort', r); },
  });
  const w = ws.getWriter();
  await show(w.write('good'), 'good');
  await show(w.write('bad'), 'bad');
  await show(w.write('after'), 'after');
  await show(w.closed, 'closed');
  const ws2 = new WritableStream({ abort(r) { console.log('abort called', r); } });
  const w2 = ws2.getWriter();
  await show(w2.abort('stop'), 'abort');
  await show(w2.closed, 'closed2');
  await show(w2.write(1), 'write2');
  const ws3 = new WritableStream();
  const w3 = ws3.getWriter();
  await show(w3.close(), 'close3');
  await show(w3.close(), 'close3 again');
  const ws4 = new WritableStream();
  const w4 = ws4.getWriter();
  try { ws4.getWriter(); } catch (e) { console.log(e.code, e.message); }
  await show(ws4.abort(), 'locked abort');
  w4.releaseLock();
  await show(w4.write(1), 'released write');
  await show(w4.closed, 'released closed');
  try { console.log(w4.desiredSize); } catch (e) { console.log(e.code, e.message); }
  try { new WritableStream({ type: 'bytes' }); } catch (e) { console.log(e.name, e.code, e.message); }
  try { new WritableStreamDefaultController(); } catch (e) { console.log(e.code, e.message); }
})();
