// require() through "exports" and "imports": node's CommonJS errors name no importer, and "#x" without an "imports" field is MODULE_NOT_FOUND.
const path = require('path');
const lib = path.join(__dirname, 'lib');
function attempt(id, req) {
  try {
    return `${id}: ${req(id)}`;
  } catch (e) {
    return `${id}: ${e.code} ${e.message.split('\n')[0].split(lib).join('<lib>')}`;
  }
}
for (const line of require('./lib/imp/try.js')(attempt)) console.log(line);
console.log(attempt('#known', require));
