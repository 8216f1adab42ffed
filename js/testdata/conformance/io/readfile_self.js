// fs.readFile of __filename with an encoding yields a string holding the file's own text; the
// callback runs after the main script.
const fs = require("fs");

fs.readFile(__filename, "utf8", (err, data) => {
  console.log(err);
  console.log(typeof data);
  console.log(data.includes("readfile_self marker"));
  console.log(data.split("\n")[0]);
});
console.log("after readFile call");
