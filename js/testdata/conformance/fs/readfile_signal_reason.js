// fs.readFile's AbortError carries the signal's reason as cause
const fs = require('fs');
const ac = new AbortController();
ac.abort(new Error('stop now'));
fs.readFile(__filename, { signal: ac.signal }, (err) => {
  console.log(err.name, err.code, err.cause && err.cause.message);
});
