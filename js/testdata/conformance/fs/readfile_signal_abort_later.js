// fs.readFile aborted right after the call: the callback gets AbortError, once
const fs = require('fs');
const ac = new AbortController();
let calls = 0;
fs.readFile(__filename, { signal: ac.signal }, (err, data) => {
  calls++;
  console.log(err && err.name, err && err.code, data === undefined);
});
ac.abort();
process.on('exit', () => console.log('calls', calls));
