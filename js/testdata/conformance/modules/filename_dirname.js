// __filename and __dirname are absolute; only derived facts are printed.
const path = require("path");
console.log(path.basename(__filename), path.basename(__dirname));
console.log(path.isAbsolute(__filename), path.dirname(__filename) === __dirname);
console.log(require.main === module, path.basename(module.filename), module.id);
