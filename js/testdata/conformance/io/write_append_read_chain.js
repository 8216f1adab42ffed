// fs.writeFile, then appendFile, then readFile, each from the previous callback; a 1 s timer fires after all of them.
const fs = require('fs');
const path = require('path');
const file = path.join(require('os').tmpdir(), 'evloop-conf-write-append-read.txt');
setTimeout(() => console.log('timer 1000'), 1000);
fs.writeFile(file, 'a', (err) => {
  console.log('write', err);
  fs.appendFile(file, 'b', (err) => {
    console.log('append', err);
    fs.readFile(file, 'utf8', (err, data) => {
      console.log('read', err, data);
      fs.unlink(file, (err) => console.log('unlink', err));
    });
  });
});
