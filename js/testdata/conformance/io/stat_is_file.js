// fs.stat on a file and on a directory: isFile / isDirectory, and size is a number.
const fs = require("fs");

fs.stat(__filename, (err, st) => {
  console.log("file", st.isFile(), st.isDirectory(), typeof st.size);
  fs.stat(__dirname, (err2, st2) => {
    console.log("dir", st2.isFile(), st2.isDirectory());
  });
});
