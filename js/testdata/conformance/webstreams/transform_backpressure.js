// TransformStream: backpressure holds writes until the readable side pulls; desiredSize on both sides.
const log = [];
const ts = new TransformStream({
  transform(chunk, c) { log.push('transform ' + chunk + ' desired ' + c.desiredSize); c.enqueue(chunk * 10); },
}, { highWaterMark: 1 }, { highWaterMark: 0 });
const w = ts.writable.getWriter();
const r = ts.readable.getReader();
log.push('writer desired ' + w.desiredSize);
w.write(1).then(() => log.push('write 1 done'));
w.write(2).then(() => log.push('write 2 done'));
log.push('writer desired ' + w.desiredSize);
setTimeout(async () => {
  log.push('reading');
  log.push('got ' + (await r.read()).value);
  log.push('got ' + (await r.read()).value);
  setTimeout(() => console.log(log.join('\n')), 5);
}, 5);
