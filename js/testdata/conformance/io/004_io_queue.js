// Article 004 I/O Queue snippet on its own: fs.open, then fs.readFile on the fd, then fs.close.
// Each step starts in the previous callback, so the order is fixed. (The article calls the
// fs.close callback the "Close Queue"; in node it is an fs request completing in the poll phase.)
const fs = require("fs");

const file_descriptor = fs.open(__filename, (err, fd) => {
  fs.readFile(fd, "utf-8", (readErr, data) => {
    console.log("I am registered into I/O Queue");

    fs.close(fd, () => {
      console.log("I am registered into Close Queue");
    });
  });
});
console.log(typeof file_descriptor);
