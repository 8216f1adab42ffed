// Article 004 Close Queue snippet on its own: the fs.close callback runs after open and readFile.
const fs = require("fs");

fs.open(__filename, (err, fd) => {
  fs.readFile(fd, "utf-8", (readErr, data) => {
    fs.close(fd, () => {
      console.log("I am registered into Close Queue");
    });
  });
});
