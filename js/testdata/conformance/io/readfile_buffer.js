// fs.readFile without an encoding yields a Buffer whose length equals the file size from statSync.
const fs = require("fs");

fs.readFile(__filename, (err, data) => {
  console.log(err === null);
  console.log(Buffer.isBuffer(data));
  console.log(data.length === fs.statSync(__filename).size);
});
