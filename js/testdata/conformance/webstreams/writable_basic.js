// WritableStream: write, close and the sink's calls in order, with desiredSize and ready under backpressure.
const { WritableStream } = require('stream/web');
const ws = new WritableStream({
  start() { console.log('start'); },
  write(chunk) { console.log('write', chunk); return new Promise((r) => setTimeout(r, 2)); },
  close() { console.log('sink close'); },
}, { highWaterMark: 2 });
const w = ws.getWriter();
console.log('desired', w.desiredSize);
w.write('a').then(() => console.log('a written'));
console.log('desired', w.desiredSize);
w.write('b').then(() => console.log('b written'));
console.log('desired', w.desiredSize);
w.ready.then(() => console.log('ready, desired', w.desiredSize));
w.close().then(() => console.log('closed'));
w.closed.then(() => console.log('writer closed'));
