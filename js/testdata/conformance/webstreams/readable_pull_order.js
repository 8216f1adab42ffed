// ReadableStream: when pull runs (after start settles, with highWaterMark, on demand) among other promise jobs.
const log = [];
let n = 0;
const rs = new ReadableStream({
  start() { log.push('start'); },
  pull(c) {
    log.push('pull ' + n + ' desired ' + c.desiredSize);
    c.enqueue(n++);
    if (n === 4) c.close();
  },
}, { highWaterMark: 2 });
Promise.resolve().then(() => log.push('tick 1')).then(() => log.push('tick 2')).then(() => log.push('tick 3'));
const reader = rs.getReader();
(async () => {
  for (;;) {
    const { value, done } = await reader.read();
    log.push('read ' + value + ' ' + done);
    if (done) break;
  }
  console.log(log.join('\n'));
})();
