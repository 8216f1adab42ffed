// Calls require, which an ES module does not have (esm/commonjs_global_in_module).
const fs = require('fs');
export default fs;
