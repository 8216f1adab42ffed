// WritableStream: the controller's signal aborts with the reason given to abort(); controller.error errors the stream.
const ws = new WritableStream({
  start(c) {
    c.signal.addEventListener('abort', () => console.log('signal aborted', c.signal.reason));
  },
  write() { return new Promise((r) => setTimeout(r, 5)); },
});
const w = ws.getWriter();
w.write('x').then(() => console.log('x done'), (e) => console.log('x failed', e));
w.abort('enough').then(() => console.log('abort resolved'));
w.closed.catch((e) => console.log('closed rejected', e));
let ctl;
const ws2 = new WritableStream({ start(c) { ctl = c; } });
const w2 = ws2.getWriter();
setTimeout(() => {
  ctl.error(new Error('sink broke'));
  w2.write(1).catch((e) => console.log('write after error:', e.message));
  console.log('desired', w2.desiredSize);
}, 20);
