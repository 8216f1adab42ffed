// require of a .json file parses it; the result is cached like any module.
const data = require("./lib/data.json");
console.log(data.name, data.list.length, data.nested.ok);
console.log(require("./lib/data.json") === data);
