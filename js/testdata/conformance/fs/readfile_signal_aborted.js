// fs.readFile with an already-aborted signal calls back with AbortError and reads nothing
const fs = require('fs');
const ac = new AbortController();
ac.abort();
fs.readFile(__filename, { signal: ac.signal }, (err, data) => {
  console.log(err.name, err.code, err.message, data);
});
console.log('sync');
