// require('path'): join, basename, extname, resolve on relative segments, sep.
const path = require("path");
console.log(path.join("a", "b", "../c", "d.txt"));
console.log(path.basename("/x/y/z.js", ".js"), path.extname("file.tar.gz"));
console.log(path.normalize("a//b/./c/.."), path.sep, path.isAbsolute("rel"));
console.log(path.relative("/a/b", "/a/c/d"));
console.log(JSON.stringify(path.parse("/home/u/file.txt")));
