// console.log of an fs.Stats prints like node's: the class name, the fields in order, the four
// Date fields as ISO strings (rounded from the *Ms values). Built from fixed values.
const fs = require("fs");

const st = new fs.Stats(2049, 33188, 1, 1000, 1000, 0, 4096, 1234, 5, 8,
  1767225600000.25, 1767225601234.6, 1767225602000, 1767225599999.5);
console.log(st);
console.log(st.isFile(), st.isDirectory(), st.mtime.toISOString());
const dir = new fs.Stats(1, 16877, 2, 0, 0, 0, 4096, 2, 4096, 8, 0, 0, 0, 0);
console.log(dir.isDirectory(), dir.isFile(), dir.isSymbolicLink());
console.log(new fs.Dirent("name.txt", fs.constants.UV_DIRENT_FILE, "/some/dir"));
