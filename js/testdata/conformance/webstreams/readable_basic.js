// ReadableStream: start enqueues, a default reader reads chunks then done; locked and closed states.
const { ReadableStream } = require('stream/web');
const rs = new ReadableStream({
  start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); },
});
console.log(rs.locked);
const reader = rs.getReader();
console.log(rs.locked);
(async () => {
  console.log(await reader.read());
  console.log(await reader.read());
  console.log(await reader.read());
  console.log(await reader.read());
  await reader.closed;
  console.log('closed');
  reader.releaseLock();
  console.log(rs.locked);
})();
