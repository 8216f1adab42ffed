// No CommonJS names inside an ES module: require, module, exports, __filename, __dirname are undefined; this is undefined.
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname, this);
try {
  require('fs');
} catch (e) {
  console.log(e.name);
}
